// Shared helpers of the dart:core natives (see native_util.h).

#include "stdlib/core/native_util.h"

namespace islet {
namespace stdlib_natives {

Value ThrowParameterTypeError(Interpreter* vm, Value value, std::string_view type,
                              std::string_view parameter) {
  std::string message = "type '" + natives::ClassNameOf(vm, value) + "' is not a subtype of type '";
  message.append(type);
  message.append("' of '");
  message.append(parameter);
  message.append("'");
  return natives::ThrowTypeError(vm, message);
}

std::u16string CopyStringUnits(Value s) {
  return WithStringUnits(
      s, [](const auto* data, size_t length) { return std::u16string(data, data + length); });
}

Value NewStringFromUnits(Interpreter* vm, const std::u16string& units) {
  return natives::NewStringFromUtf16(vm, reinterpret_cast<const uint16_t*>(units.data()),
                                     units.size());
}

}  // namespace stdlib_natives
}  // namespace islet
