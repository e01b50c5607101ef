// Natives of dart:math (math.dart): the C library's functions, and seed entropy for Random.

#include <sys/random.h>

#include <chrono>
#include <cmath>
#include <random>

#include "stdlib/core/native_util.h"

namespace islet {
namespace stdlib_natives {

namespace {
// The parameters are declared double in math.dart and converted there, so a non-double here
// is impossible unless called wrongly from elsewhere: report it as Dart would.
bool Arg(Interpreter* vm, Value v, double* out) {
  if (!IsDouble(v)) {
    ThrowParameterTypeError(vm, v, "double", "x");
    return false;
  }
  *out = DoubleValue(v);
  return true;
}

template <double (*F)(double)>
Value Unary(Interpreter* vm, Value* args, int) {
  double x;
  if (!Arg(vm, args[1], &x)) return Value::Exception();
  return natives::NewDouble(vm, F(x));
}

template <double (*F)(double, double)>
Value Binary(Interpreter* vm, Value* args, int) {
  double x, y;
  if (!Arg(vm, args[1], &x) || !Arg(vm, args[2], &y)) return Value::Exception();
  return natives::NewDouble(vm, F(x, y));
}

double Sqrt(double x) { return std::sqrt(x); }
double Sin(double x) { return std::sin(x); }
double Cos(double x) { return std::cos(x); }
double Tan(double x) { return std::tan(x); }
double Acos(double x) { return std::acos(x); }
double Asin(double x) { return std::asin(x); }
double Atan(double x) { return std::atan(x); }
double Exp(double x) { return std::exp(x); }
double Log(double x) { return std::log(x); }
double Atan2(double a, double b) { return std::atan2(a, b); }
double Pow(double x, double y) { return std::pow(x, y); }
}  // namespace

Value MathSqrt(Interpreter* vm, Value* a, int n) { return Unary<Sqrt>(vm, a, n); }
Value MathSin(Interpreter* vm, Value* a, int n) { return Unary<Sin>(vm, a, n); }
Value MathCos(Interpreter* vm, Value* a, int n) { return Unary<Cos>(vm, a, n); }
Value MathTan(Interpreter* vm, Value* a, int n) { return Unary<Tan>(vm, a, n); }
Value MathAcos(Interpreter* vm, Value* a, int n) { return Unary<Acos>(vm, a, n); }
Value MathAsin(Interpreter* vm, Value* a, int n) { return Unary<Asin>(vm, a, n); }
Value MathAtan(Interpreter* vm, Value* a, int n) { return Unary<Atan>(vm, a, n); }
Value MathExp(Interpreter* vm, Value* a, int n) { return Unary<Exp>(vm, a, n); }
Value MathLog(Interpreter* vm, Value* a, int n) { return Unary<Log>(vm, a, n); }
Value MathAtan2(Interpreter* vm, Value* a, int n) { return Binary<Atan2>(vm, a, n); }
Value MathPow(Interpreter* vm, Value* a, int n) { return Binary<Pow>(vm, a, n); }

Value RandomEntropy(Interpreter* vm, Value* args, int) {
  std::random_device device;
  uint64_t seed =
      (static_cast<uint64_t>(device()) << 32) ^ device() ^
      static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
  return natives::NewInt(vm, static_cast<int64_t>(seed >> 2));
}

// _SecureRandom._secureBits(bits): [bits] (1..53) uniformly random bits from getrandom.
Value SecureRandomBits(Interpreter* vm, Value* args, int) {
  int64_t bits = args[1].IsSmi() ? args[1].SmiValue() : 0;
  if (bits < 1 || bits > 53) bits = 53;  // Only dart:math calls it, with 1, 32 or 53.
  uint64_t word = 0;
  if (getrandom(&word, sizeof word, 0) != static_cast<ssize_t>(sizeof word)) {
    std::random_device device;
    word = (static_cast<uint64_t>(device()) << 32) ^ device();
  }
  return Value::Smi(static_cast<int64_t>(word >> (64 - bits)));
}

}  // namespace stdlib_natives
}  // namespace islet
