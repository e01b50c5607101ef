// The natives table of the dart: libraries (stdlib/natives.def), looked up by native name. The
// runtime passes LookupNative to the loader as its NativeResolver (vm/native.h).
// Does not own the natives themselves (stdlib/<library>/*_natives.cc) or how functions are bound
// to them (vm/loader.cc).

#ifndef ISLET_STDLIB_NATIVES_H_
#define ISLET_STDLIB_NATIVES_H_

#include <string_view>

#include "vm/native.h"

namespace islet {

// The native registered under [name] in stdlib/natives.def, or nullptr.
NativeFunction LookupNative(std::string_view name);

}  // namespace islet

#endif  // ISLET_STDLIB_NATIVES_H_
