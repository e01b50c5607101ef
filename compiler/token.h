// Tokens: the TokenKind enum expanded from token.def, the Token record the lexer produces and
// the parser reads, and lookups derived from the list (spelling, precedence, keyword class).
// Does not scan (lexer.cc). A Token's offset and length always lie inside its SourceFile.

#ifndef ISLET_COMPILER_TOKEN_H_
#define ISLET_COMPILER_TOKEN_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace islet {

enum class TokenKind : uint8_t {
#define ISLET_TOKEN(name, spelling, precedence) k##name,
#define ISLET_KEYWORD(name, spelling, keyword_class) k##name,
#include "compiler/token.def"
#undef ISLET_TOKEN
#undef ISLET_KEYWORD
};

enum class KeywordClass : uint8_t { kNone, kReserved, kBuiltIn, kPseudo };

struct Token {
  TokenKind kind = TokenKind::kEof;
  uint32_t offset = 0;  // Byte offset of the first character in the source.
  uint32_t length = 0;  // Bytes of source the token covers.
  // A line break lies between the previous token and this one (used by error recovery, which
  // assumes a missing ';' at the end of a line).
  bool newline_before = false;
  // kString only: true when the literal ends with this piece, false when an interpolation
  // (`$name` or `${...}`) follows it.
  bool string_closes = true;
  // kString only: the literal was not terminated (the lexer reported it). The parser stays
  // silent about the token that follows, whose trouble is the same missing quote.
  bool unterminated = false;
  // kIdentifier and keywords: the name. kInt/kDouble: the digits with '_' separators removed
  // (a hex literal keeps its prefix, spelled "0x"). kString: the decoded text of this piece
  // (UTF-8, lone surrogates as 3-byte sequences).
  std::string value;
};

namespace token_internal {

struct TokenInfo {
  const char* spelling;
  int precedence;
  KeywordClass keyword_class;
};

// clang-format off
inline constexpr TokenInfo kTokenInfo[] = {
#define ISLET_TOKEN(name, spelling, precedence) {spelling, precedence, KeywordClass::kNone},
#define ISLET_KEYWORD(name, spelling, keyword_class) {spelling, 0, KeywordClass::keyword_class},
#include "compiler/token.def"
#undef ISLET_TOKEN
#undef ISLET_KEYWORD
};
// clang-format on

}  // namespace token_internal

// The number of token kinds (for tests that walk the whole list).
inline constexpr int kTokenKindCount =
    sizeof(token_internal::kTokenInfo) / sizeof(token_internal::kTokenInfo[0]);

// The spelling of [kind] as in token.def ("+=", "class", "identifier").
inline const char* TokenKindSpelling(TokenKind kind) {
  return token_internal::kTokenInfo[static_cast<int>(kind)].spelling;
}
// Binary-operator precedence of [kind] (0 when it is not a binary operator).
inline int BinaryPrecedence(TokenKind kind) {
  return token_internal::kTokenInfo[static_cast<int>(kind)].precedence;
}
inline KeywordClass KeywordClassOf(TokenKind kind) {
  return token_internal::kTokenInfo[static_cast<int>(kind)].keyword_class;
}
inline bool IsKeyword(TokenKind kind) { return KeywordClassOf(kind) != KeywordClass::kNone; }

// The keyword spelled [word], or kIdentifier when [word] is not a keyword.
TokenKind LookupKeyword(std::string_view word);

}  // namespace islet

#endif  // ISLET_COMPILER_TOKEN_H_
