// Conversions between UTF-8 text (what sources, the embedder and the OS speak) and the UTF-16
// code units Dart strings are made of. Lone surrogates travel as WTF-8 (their 3-byte
// encoding), so a Dart string survives a round trip through UTF-8 unchanged.
// Does not own string objects (object.h) or their allocation (interpreter natives).

#ifndef ISLET_VM_STRINGS_H_
#define ISLET_VM_STRINGS_H_

#include <string>
#include <string_view>

namespace islet {

// Decodes UTF-8/WTF-8; each malformed byte becomes U+FFFD.
std::u16string Utf8ToUtf16(std::string_view utf8);
// Encodes UTF-16 units; a lone surrogate is encoded on its own (WTF-8).
void AppendUtf16AsUtf8(std::string* out, const char16_t* units, size_t length);
void AppendCodePointAsUtf8(std::string* out, uint32_t code_point);

}  // namespace islet

#endif  // ISLET_VM_STRINGS_H_
