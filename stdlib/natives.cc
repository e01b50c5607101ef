// LookupNative over the table of stdlib/natives.def. The table is an immutable hash map built on
// first use (a function-local static, so concurrent first calls are safe and no mutable global
// state exists); every native function is declared here from the same list.

#include "stdlib/natives.h"

#include <string_view>
#include <unordered_map>

#include "stdlib/natives.def"

namespace islet {

namespace stdlib_natives {
#define ISLET_DECLARE_NATIVE(name, function) Value function(Interpreter* vm, Value* args, int argc);
ISLET_NATIVES(ISLET_DECLARE_NATIVE)
#undef ISLET_DECLARE_NATIVE
}  // namespace stdlib_natives

NativeFunction LookupNative(std::string_view name) {
  static const std::unordered_map<std::string_view, NativeFunction> kTable = {
#define ISLET_NATIVE_ENTRY(name, function) {name, &stdlib_natives::function},
      ISLET_NATIVES(ISLET_NATIVE_ENTRY)
#undef ISLET_NATIVE_ENTRY
  };
  auto it = kTable.find(name);
  return it == kTable.end() ? nullptr : it->second;
}

}  // namespace islet
