// The lexer: the text of one SourceFile -> a vector of Tokens ending with kEof. Decodes string
// escapes, splits string literals around interpolations, matches brackets to report unclosed
// ones, and reports lexical errors to Diagnostics with Dart's wording. Does not join adjacent
// string literals or decide what `<` means (parser.cc). Never fails: bad input yields errors
// and a token stream the parser can still walk.

#ifndef ISLET_COMPILER_LEXER_H_
#define ISLET_COMPILER_LEXER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "compiler/token.h"

namespace islet {

class Diagnostics;
class SourceFile;

// Appends the UTF-8 encoding of [code_point] to [out]. Surrogates (U+D800..U+DFFF) get the
// 3-byte form, so a lone surrogate from a \u escape survives into the string's UTF-16 units.
void AppendUtf8(uint32_t code_point, std::string* out);

class Lexer {
 public:
  // [source] and [diagnostics] must outlive the lexer.
  Lexer(const SourceFile* source, Diagnostics* diagnostics);

  // Scans the whole file. String literals appear as a kString piece, followed (when the piece
  // does not close the literal) by either an identifier/`this` token for `$name` or by
  // kInterpolationStart, the expression's tokens and kInterpolationEnd, then the next piece.
  std::vector<Token> Tokenize();

  // True when Tokenize reported a bracket or string still open at the end of the file. The
  // parser then stays silent about the end of file, which would only repeat that error.
  bool reported_unclosed() const { return reported_unclosed_; }
  // The offset of the first bracket reported unclosed (UINT32_MAX when none). Parse errors
  // after it are mostly echoes of the missing closer, so the parser suppresses them.
  uint32_t first_unclosed_offset() const { return first_unclosed_offset_; }

 private:
  // An open bracket: '(', '[', '{' or '$' for an open `${` interpolation (which also records
  // the string it interrupts, to resume scanning it after the closing brace).
  struct Open {
    char bracket;
    uint32_t offset;
    char quote = 0;
    bool triple = false;
    uint32_t string_start = 0;
  };

  void SkipWhitespaceAndComments();
  void ScanToken();
  void ScanIdentifierOrKeyword(uint32_t start);
  void ScanNumber(uint32_t start);
  // Scans digits of the given radix with '_' separators into [digits]; returns how many digits.
  int ScanDigits(bool hex, std::string* digits);
  void ScanString(uint32_t start, bool raw);
  // Scans string content after an opening quote or a closing interpolation brace, up to the
  // closing quote or the next interpolation.
  void ScanStringBody(char quote, bool triple, bool raw, uint32_t string_start,
                      uint32_t piece_start);
  void ScanEscape(std::string* value);
  void ScanUnexpectedCharacter(uint32_t start);
  void CloseBracket(char bracket, TokenKind kind, uint32_t start);
  void Emit(TokenKind kind, uint32_t start, uint32_t end, std::string value = {});
  void ReportUnclosedAtEnd();
  void Error(uint32_t offset, std::string message, uint32_t length = 1);
  std::string OpeningOf(char quote, bool triple, bool raw) const;

  char Peek(uint32_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  bool AtEnd() const { return pos_ >= text_.size(); }

  const SourceFile* source_;
  Diagnostics* diagnostics_;
  const std::string& text_;
  uint32_t pos_ = 0;
  bool newline_before_ = false;
  bool reported_unclosed_ = false;
  uint32_t first_unclosed_offset_ = UINT32_MAX;
  std::vector<Open> open_;
  std::vector<Token> tokens_;
};

}  // namespace islet

#endif  // ISLET_COMPILER_LEXER_H_
