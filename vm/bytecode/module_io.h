// Saving and loading a Module as bytes: the format of bytecode on disk or embedded in the
// binary (the precompiled dart: libraries, compiler/stdlib_snapshot.h). Owns the byte layout
// and its header; does not decide what a Module holds (module.h) nor check that its code is
// safe to run (verifier.h: a caller loading bytes it did not write verifies them).
//
// Layout: the header (the magic number and ISLET_BYTECODE_VERSION of opcodes.def,
// kModuleFormatVersion of this file's layout, and a fingerprint of the opcode table, so bytes
// written by a build with other opcodes are refused even when nobody bumped a version), then
// every table of the Module in declaration order. Integers are LEB128 varints (signed ones
// zigzag-encoded), strings a varint length and their bytes, code words and doubles raw
// little-endian.
// Invariant: ReadModule(WriteModule(m)) equals m field for field, and ReadModule never reads
// past its input nor trusts a count the remaining bytes cannot hold.

#ifndef ISLET_VM_BYTECODE_MODULE_IO_H_
#define ISLET_VM_BYTECODE_MODULE_IO_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "vm/bytecode/bytecode.h"
#include "vm/bytecode/module.h"

namespace islet {

// The first four bytes of a saved Module, declared beside the opcode list (opcodes.def).
constexpr uint32_t kModuleMagic = ISLET_BYTECODE_MAGIC;
// The layout of this file's encoding. Bump it whenever WriteModule writes anything
// differently (a new field of a Module struct included).
constexpr uint32_t kModuleFormatVersion = 2;

// A hash of the opcode table (each opcode's name, operand format and extra words, in order):
// saved code is only meaningful to a VM with the very same table.
uint32_t OpcodeTableFingerprint();

// Appends the encoding of [module] (header included) to [out].
void WriteModule(const Module& module, std::string* out);

// Decodes a Module written by WriteModule from [data] (exactly [size] bytes) into [*module].
// Returns false with the reason in [*error] for input that is not such a Module (wrong magic,
// another version or opcode table, truncated or malformed data); [*module] is then unspecified.
bool ReadModule(const uint8_t* data, size_t size, Module* module, std::string* error);

// As ReadModule, but appends every table read to those of [*module] (and takes its
// main_function unless that is -1): bytes written from the tail of a Module, whose indices
// already count the entries before it, continue that Module (the stdlib snapshot's layers).
bool AppendModule(const uint8_t* data, size_t size, Module* module, std::string* error);

// The encoding primitives of the format, shared with the other blobs built on it (the stdlib
// snapshot). ByteWriter appends to a string.
class ByteWriter {
 public:
  explicit ByteWriter(std::string* out) : out_(out) {}

  void U8(uint8_t v) { out_->push_back(static_cast<char>(v)); }
  void U32(uint32_t v) {
    for (int i = 0; i < 4; i++) U8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      U8(static_cast<uint8_t>(v | 0x80));
      v >>= 7;
    }
    U8(static_cast<uint8_t>(v));
  }
  // Zigzag: small negative numbers stay short (-1 is one byte).
  void Svarint(int64_t v) {
    Varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
  }
  void Bool(bool v) { U8(v ? 1 : 0); }
  void Double(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    U32(static_cast<uint32_t>(bits));
    U32(static_cast<uint32_t>(bits >> 32));
  }
  void String(std::string_view s) {
    Varint(s.size());
    out_->append(s.data(), s.size());
  }
  // [count] 32-bit words, little-endian.
  void Words(const uint32_t* words, size_t count);

 private:
  std::string* out_;
};

// Reads what ByteWriter wrote. Every read past the end, or of a value out of its range, sets
// failed() and returns zero or empty values from then on, so a decoder can check once at the
// end of a section instead of after every field.
class ByteReader {
 public:
  ByteReader(const uint8_t* data, size_t size) : p_(data), end_(data + size) {}

  bool failed() const { return failed_; }
  bool at_end() const { return p_ == end_; }
  size_t remaining() const { return static_cast<size_t>(end_ - p_); }
  void Fail() {
    failed_ = true;
    p_ = end_;
  }

  uint8_t U8() {
    if (p_ == end_) {
      Fail();
      return 0;
    }
    return *p_++;
  }
  uint32_t U32() {
    if (remaining() < 4) {
      Fail();
      return 0;
    }
    uint32_t v = static_cast<uint32_t>(p_[0]) | static_cast<uint32_t>(p_[1]) << 8 |
                 static_cast<uint32_t>(p_[2]) << 16 | static_cast<uint32_t>(p_[3]) << 24;
    p_ += 4;
    return v;
  }
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) break;
      uint8_t b = *p_++;
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return v;
    }
    Fail();
    return 0;
  }
  int64_t Svarint() {
    uint64_t v = Varint();
    return static_cast<int64_t>((v >> 1) ^ (~(v & 1) + 1));
  }
  // A varint that must fit an int in [min, max].
  int Int(int min, int max) {
    int64_t v = Svarint();
    if (v < min || v > max) {
      Fail();
      return 0;
    }
    return static_cast<int>(v);
  }
  // A count of items each taking at least [min_item_bytes] bytes: bounded by what is left, so
  // a corrupt count cannot ask for a huge allocation.
  size_t Count(size_t min_item_bytes = 1) {
    uint64_t n = Varint();
    if (n > remaining() / (min_item_bytes == 0 ? 1 : min_item_bytes)) {
      Fail();
      return 0;
    }
    return static_cast<size_t>(n);
  }
  bool Bool() {
    uint8_t b = U8();
    if (b > 1) Fail();
    return b == 1;
  }
  double Double() {
    uint64_t bits = U32();
    bits |= static_cast<uint64_t>(U32()) << 32;
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  std::string_view StringView() {
    size_t n = Count();
    std::string_view s(reinterpret_cast<const char*>(p_), n);
    p_ += n;
    return s;
  }
  void String(std::string* out) {
    std::string_view s = StringView();
    out->assign(s.data(), s.size());
  }
  // [count] 32-bit little-endian words into [out].
  bool Words(size_t count, uint32_t* out);

 private:
  const uint8_t* p_;
  const uint8_t* end_;
  bool failed_ = false;
};

}  // namespace islet

#endif  // ISLET_VM_BYTECODE_MODULE_IO_H_
