// The lexer (see lexer.h): one pass over the text with a stack of open brackets, where an open
// `${` also remembers the string literal to resume after its closing brace. Error messages
// follow the Dart front end's wording (pkg/front_end/messages.yaml).

#include "compiler/lexer.h"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <unordered_map>

#include "compiler/diagnostics.h"
#include "compiler/source.h"

namespace islet {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHexDigit(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int HexValue(char c) {
  if (IsDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}
bool IsIdentifierStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}
bool IsIdentifierPart(char c) { return IsIdentifierStart(c) || IsDigit(c); }

// Decodes one UTF-8 sequence at text[pos]. Returns its length (0 when invalid) and the code
// point in [*code_point].
int DecodeUtf8(std::string_view text, size_t pos, uint32_t* code_point) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  int length;
  uint32_t cp;
  if (c < 0x80) {
    *code_point = c;
    return 1;
  } else if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (pos + length > text.size()) return 0;
  for (int i = 1; i < length; i++) {
    unsigned char d = static_cast<unsigned char>(text[pos + i]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  // Reject overlong forms and values past U+10FFFF. Encoded surrogates are accepted: they are
  // how string values carry lone surrogates (see AppendUtf8).
  if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;
  *code_point = cp;
  return length;
}

// "U+00E9": the form Dart's messages use for a code point.
std::string CodePointName(uint32_t cp) {
  char buffer[16];
  std::snprintf(buffer, sizeof(buffer), "U+%04X", cp);
  return buffer;
}

bool IsNonAsciiWhitespace(uint32_t cp) {
  return cp == 0x00A0 || cp == 0x1680 || cp == 0x180E || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
         cp == 0xFEFF;
}

}  // namespace

void AppendUtf8(uint32_t cp, std::string* out) {
  // A low surrogate right after a high surrogate joins it into one 4-byte sequence, so
  // "\uD83D\uDE00" reads as the same string as "\u{1F600}".
  if (cp >= 0xDC00 && cp <= 0xDFFF && out->size() >= 3) {
    size_t n = out->size();
    unsigned char b0 = static_cast<unsigned char>((*out)[n - 3]);
    unsigned char b1 = static_cast<unsigned char>((*out)[n - 2]);
    if (b0 == 0xED && b1 >= 0xA0 && b1 <= 0xAF) {
      uint32_t high =
          0xD000 | ((b1 & 0x3F) << 6) | (static_cast<unsigned char>((*out)[n - 1]) & 0x3F);
      out->resize(n - 3);
      cp = 0x10000 + ((high - 0xD800) << 10) + (cp - 0xDC00);
    }
  }
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

TokenKind LookupKeyword(std::string_view word) {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string_view, TokenKind>();
    for (int i = 0; i < kTokenKindCount; i++) {
      auto kind = static_cast<TokenKind>(i);
      if (IsKeyword(kind)) (*map)[TokenKindSpelling(kind)] = kind;
    }
    return map;
  }();
  auto it = table->find(word);
  return it == table->end() ? TokenKind::kIdentifier : it->second;
}

Lexer::Lexer(const SourceFile* source, Diagnostics* diagnostics)
    : source_(source), diagnostics_(diagnostics), text_(source->text()) {}

void Lexer::Error(uint32_t offset, std::string message, uint32_t length) {
  diagnostics_->Error(source_, offset, length, std::move(message));
}

void Lexer::Emit(TokenKind kind, uint32_t start, uint32_t end, std::string value) {
  Token token;
  token.kind = kind;
  token.offset = start;
  token.length = end - start;
  token.newline_before = newline_before_;
  token.value = std::move(value);
  newline_before_ = false;
  tokens_.push_back(std::move(token));
}

std::vector<Token> Lexer::Tokenize() {
  tokens_.reserve(text_.size() / 5);  // Dart source averages a token per 5-6 bytes.
  // A byte-order mark and a `#!` script line at the very start are not part of the program.
  if (text_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
  if (text_.compare(pos_, 2, "#!") == 0) {
    while (!AtEnd() && Peek() != '\n' && Peek() != '\r') pos_++;
  }
  while (true) {
    SkipWhitespaceAndComments();
    if (AtEnd()) break;
    ScanToken();
  }
  ReportUnclosedAtEnd();
  Emit(TokenKind::kEof, static_cast<uint32_t>(text_.size()), static_cast<uint32_t>(text_.size()));
  return std::move(tokens_);
}

void Lexer::SkipWhitespaceAndComments() {
  while (!AtEnd()) {
    char c = Peek();
    if (c == ' ' || c == '\t') {
      pos_++;
    } else if (c == '\n' || c == '\r') {
      newline_before_ = true;
      pos_++;
    } else if (c == '/' && Peek(1) == '/') {
      while (!AtEnd() && Peek() != '\n' && Peek() != '\r') pos_++;
    } else if (c == '/' && Peek(1) == '*') {
      uint32_t start = pos_;
      pos_ += 2;
      int depth = 1;
      while (depth > 0) {
        if (AtEnd()) {
          Error(start, "Comment starting with '/*' must end with '*/'.", 2);
          return;
        }
        if (Peek() == '/' && Peek(1) == '*') {
          depth++;
          pos_ += 2;
        } else if (Peek() == '*' && Peek(1) == '/') {
          depth--;
          pos_ += 2;
        } else {
          if (Peek() == '\n' || Peek() == '\r') newline_before_ = true;
          pos_++;
        }
      }
    } else {
      return;
    }
  }
}

void Lexer::ScanToken() {
  uint32_t start = pos_;
  char c = Peek();
  if (c == 'r' && (Peek(1) == '\'' || Peek(1) == '"')) {
    pos_++;
    ScanString(start, /*raw=*/true);
    return;
  }
  if (IsIdentifierStart(c)) {
    ScanIdentifierOrKeyword(start);
    return;
  }
  if (IsDigit(c) || (c == '.' && IsDigit(Peek(1)))) {
    ScanNumber(start);
    return;
  }
  if (c == '\'' || c == '"') {
    ScanString(start, /*raw=*/false);
    return;
  }

  // Operators and punctuation: longest match first.
  auto op = [&](TokenKind kind, int length) {
    pos_ += length;
    Emit(kind, start, pos_);
  };
  char c1 = Peek(1);
  char c2 = Peek(2);
  char c3 = Peek(3);
  switch (c) {
    case '(':
      open_.push_back({'(', start});
      return op(TokenKind::kLParen, 1);
    case '[':
      open_.push_back({'[', start});
      return op(TokenKind::kLBracket, 1);
    case '{':
      open_.push_back({'{', start});
      return op(TokenKind::kLBrace, 1);
    case ')':
      return CloseBracket('(', TokenKind::kRParen, start);
    case ']':
      return CloseBracket('[', TokenKind::kRBracket, start);
    case '}':
      return CloseBracket('{', TokenKind::kRBrace, start);
    case ';':
      return op(TokenKind::kSemicolon, 1);
    case ',':
      return op(TokenKind::kComma, 1);
    case ':':
      return op(TokenKind::kColon, 1);
    case '@':
      return op(TokenKind::kAt, 1);
    case '#':
      return op(TokenKind::kHash, 1);
    case '.':
      if (c1 == '.' && c2 == '.' && c3 == '?') return op(TokenKind::kEllipsisQuestion, 4);
      if (c1 == '.' && c2 == '.') return op(TokenKind::kEllipsis, 3);
      if (c1 == '.') return op(TokenKind::kDotDot, 2);
      return op(TokenKind::kDot, 1);
    case '?':
      if (c1 == '.' && c2 == '.') return op(TokenKind::kQuestionDotDot, 3);
      if (c1 == '.') return op(TokenKind::kQuestionDot, 2);
      if (c1 == '?' && c2 == '=') return op(TokenKind::kQuestionQuestionEq, 3);
      if (c1 == '?') return op(TokenKind::kQuestionQuestion, 2);
      return op(TokenKind::kQuestion, 1);
    case '=':
      if (c1 == '=') return op(TokenKind::kEqEq, 2);
      if (c1 == '>') return op(TokenKind::kArrow, 2);
      return op(TokenKind::kEq, 1);
    case '!':
      if (c1 == '=') return op(TokenKind::kBangEq, 2);
      return op(TokenKind::kBang, 1);
    case '~':
      if (c1 == '/' && c2 == '=') return op(TokenKind::kTildeSlashEq, 3);
      if (c1 == '/') return op(TokenKind::kTildeSlash, 2);
      return op(TokenKind::kTilde, 1);
    case '|':
      if (c1 == '|') return op(TokenKind::kBarBar, 2);
      if (c1 == '=') return op(TokenKind::kBarEq, 2);
      return op(TokenKind::kBar, 1);
    case '&':
      if (c1 == '&') return op(TokenKind::kAmpAmp, 2);
      if (c1 == '=') return op(TokenKind::kAmpEq, 2);
      return op(TokenKind::kAmp, 1);
    case '^':
      if (c1 == '=') return op(TokenKind::kCaretEq, 2);
      return op(TokenKind::kCaret, 1);
    case '<':
      if (c1 == '<' && c2 == '=') return op(TokenKind::kLtLtEq, 3);
      if (c1 == '<') return op(TokenKind::kLtLt, 2);
      if (c1 == '=') return op(TokenKind::kLtEq, 2);
      return op(TokenKind::kLt, 1);
    case '>':
      if (c1 == '>' && c2 == '>' && c3 == '=') return op(TokenKind::kGtGtGtEq, 4);
      if (c1 == '>' && c2 == '>') return op(TokenKind::kGtGtGt, 3);
      if (c1 == '>' && c2 == '=') return op(TokenKind::kGtGtEq, 3);
      if (c1 == '>') return op(TokenKind::kGtGt, 2);
      if (c1 == '=') return op(TokenKind::kGtEq, 2);
      return op(TokenKind::kGt, 1);
    case '+':
      if (c1 == '+') return op(TokenKind::kPlusPlus, 2);
      if (c1 == '=') return op(TokenKind::kPlusEq, 2);
      return op(TokenKind::kPlus, 1);
    case '-':
      if (c1 == '-') return op(TokenKind::kMinusMinus, 2);
      if (c1 == '=') return op(TokenKind::kMinusEq, 2);
      return op(TokenKind::kMinus, 1);
    case '*':
      if (c1 == '=') return op(TokenKind::kStarEq, 2);
      return op(TokenKind::kStar, 1);
    case '/':
      if (c1 == '=') return op(TokenKind::kSlashEq, 2);
      return op(TokenKind::kSlash, 1);
    case '%':
      if (c1 == '=') return op(TokenKind::kPercentEq, 2);
      return op(TokenKind::kPercent, 1);
    default:
      ScanUnexpectedCharacter(start);
      return;
  }
}

void Lexer::CloseBracket(char bracket, TokenKind kind, uint32_t start) {
  pos_ = start + 1;
  // Find the opener this closer matches. A closer never reaches past an open interpolation
  // unless it is a '}' (which may end it), so `'${f(}'` still ends the string.
  int match = -1;
  for (int i = static_cast<int>(open_.size()) - 1; i >= 0; i--) {
    char b = open_[i].bracket;
    if (b == bracket) {
      match = i;
      break;
    }
    if (b == '$') {
      if (bracket == '{') match = i;
      break;
    }
  }
  if (match < 0) {
    // An unmatched closer: the parser reports it where it makes sense.
    Emit(kind, start, pos_);
    return;
  }
  // Openers above the match were never closed: `f(a, [b)` leaves the '[' open.
  for (size_t i = match + 1; i < open_.size(); i++) {
    char close = open_[i].bracket == '(' ? ')' : open_[i].bracket == '[' ? ']' : '}';
    Error(open_[i].offset,
          std::string("Can't find '") + close + "' to match '" + open_[i].bracket + "'.");
    reported_unclosed_ = true;
    first_unclosed_offset_ = std::min(first_unclosed_offset_, open_[i].offset);
  }
  Open opener = open_[match];
  open_.resize(match);
  if (opener.bracket == '$') {
    Emit(TokenKind::kInterpolationEnd, start, pos_);
    ScanStringBody(opener.quote, opener.triple, /*raw=*/false, opener.string_start, pos_);
    return;
  }
  Emit(kind, start, pos_);
}

void Lexer::ReportUnclosedAtEnd() {
  for (const Open& open : open_) {
    reported_unclosed_ = true;
    first_unclosed_offset_ = std::min(first_unclosed_offset_, open.offset);
    if (open.bracket == '$') {
      std::string opening = OpeningOf(open.quote, open.triple, false);
      std::string closing(open.triple ? 3 : 1, open.quote);
      Error(open.string_start,
            "String starting with " + opening + " must end with " + closing + ".");
      continue;
    }
    char close = open.bracket == '(' ? ')' : open.bracket == '[' ? ']' : '}';
    Error(open.offset, std::string("Can't find '") + close + "' to match '" + open.bracket + "'.");
  }
  open_.clear();
}

void Lexer::ScanIdentifierOrKeyword(uint32_t start) {
  while (!AtEnd() && IsIdentifierPart(Peek())) pos_++;
  std::string word = text_.substr(start, pos_ - start);
  TokenKind kind = LookupKeyword(word);
  Emit(kind, start, pos_, std::move(word));
}

int Lexer::ScanDigits(bool hex, std::string* digits) {
  int count = 0;
  while (!AtEnd()) {
    char c = Peek();
    if (hex ? IsHexDigit(c) : IsDigit(c)) {
      digits->push_back(c);
      count++;
      pos_++;
    } else if (c == '_' && count > 0) {
      // Separators may only stand between two digits.
      uint32_t run = pos_;
      while (run < text_.size() && text_[run] == '_') run++;
      char after = run < text_.size() ? text_[run] : '\0';
      if (!(hex ? IsHexDigit(after) : IsDigit(after))) {
        Error(pos_,
              "Digit separators ('_') in a number literal can only be placed between two "
              "digits.");
        pos_ = run;
        return count;
      }
      pos_ = run;
    } else {
      break;
    }
  }
  return count;
}

void Lexer::ScanNumber(uint32_t start) {
  std::string digits;
  if (Peek() == '0' && (Peek(1) == 'x' || Peek(1) == 'X')) {
    pos_ += 2;
    digits = "0x";
    if (ScanDigits(/*hex=*/true, &digits) == 0) {
      Error(start, "A hex digit (0-9 or A-F) must follow '0x'.", 2);
      digits = "0x0";
    }
    Emit(TokenKind::kInt, start, pos_, std::move(digits));
    return;
  }
  bool is_double = false;
  ScanDigits(false, &digits);
  if (Peek() == '.' && IsDigit(Peek(1))) {
    is_double = true;
    digits.push_back('.');
    pos_++;
    ScanDigits(false, &digits);
  }
  if (Peek() == 'e' || Peek() == 'E') {
    char next = Peek(1);
    bool has_sign = next == '+' || next == '-';
    if (IsDigit(has_sign ? Peek(2) : next)) {
      is_double = true;
      digits.push_back('e');
      pos_++;
      if (has_sign) digits.push_back(text_[pos_++]);
      ScanDigits(false, &digits);
    } else {
      Error(pos_,
            "Numbers in exponential notation should always contain an exponent (an integer "
            "number with an optional sign).");
      pos_ += has_sign ? 2 : 1;
      is_double = true;
      digits += "e0";
    }
  }
  Emit(is_double ? TokenKind::kDouble : TokenKind::kInt, start, pos_, std::move(digits));
}

std::string Lexer::OpeningOf(char quote, bool triple, bool raw) const {
  std::string opening = raw ? "r" : "";
  opening.append(triple ? 3 : 1, quote);
  return opening;
}

void Lexer::ScanString(uint32_t start, bool raw) {
  char quote = Peek();
  bool triple = Peek(1) == quote && Peek(2) == quote;
  pos_ += triple ? 3 : 1;
  if (triple) {
    // A first line holding only blanks (optionally ending in a backslash) is not part of the
    // string, so '''<newline>text''' starts with "text".
    uint32_t p = pos_;
    while (p < text_.size() && (text_[p] == ' ' || text_[p] == '\t')) p++;
    if (!raw && p < text_.size() && text_[p] == '\\') p++;
    if (p < text_.size() && text_[p] == '\r') p++;
    if (p < text_.size() && text_[p] == '\n') p++;
    if (p > pos_ && (text_[p - 1] == '\n' || text_[p - 1] == '\r')) pos_ = p;
  }
  ScanStringBody(quote, triple, raw, start, start);
}

void Lexer::ScanStringBody(char quote, bool triple, bool raw, uint32_t string_start,
                           uint32_t piece_start) {
  std::string value;
  auto emit_piece = [&](bool closes) {
    Emit(TokenKind::kString, piece_start, pos_, std::move(value));
    tokens_.back().string_closes = closes;
    value.clear();
  };
  while (true) {
    if (AtEnd() || (!triple && (Peek() == '\n' || Peek() == '\r'))) {
      std::string closing(triple ? 3 : 1, quote);
      Error(string_start,
            "String starting with " + OpeningOf(quote, triple, raw) + " must end with " + closing +
                ".",
            pos_ - string_start);
      emit_piece(true);
      tokens_.back().unterminated = true;
      return;
    }
    char c = Peek();
    if (c == quote && (!triple || (Peek(1) == quote && Peek(2) == quote))) {
      pos_ += triple ? 3 : 1;
      emit_piece(true);
      return;
    }
    if (c == '\\' && !raw) {
      if (!triple && (Peek(1) == '\n' || Peek(1) == '\r')) {
        pos_++;  // A single-line string cannot continue on the next line.
        continue;
      }
      ScanEscape(&value);
      continue;
    }
    if (c == '$' && !raw) {
      if (Peek(1) == '{') {
        emit_piece(false);
        uint32_t start = pos_;
        pos_ += 2;
        Emit(TokenKind::kInterpolationStart, start, pos_);
        open_.push_back({'$', start, quote, triple, string_start});
        return;
      }
      char next = Peek(1);
      if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '_') {
        emit_piece(false);
        // An interpolated name never contains '$': "$a$b" is a followed by b.
        uint32_t start = ++pos_;
        while (!AtEnd() && IsIdentifierPart(Peek()) && Peek() != '$') pos_++;
        std::string word = text_.substr(start, pos_ - start);
        TokenKind kind = LookupKeyword(word);
        Emit(kind, start, pos_, std::move(word));
        piece_start = pos_;
        continue;
      }
      Error(pos_,
            "A '$' has special meaning inside a string, and must be followed by an identifier "
            "or an expression in curly braces ({}).");
      value.push_back('$');
      pos_++;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {
      uint32_t cp;
      int length = DecodeUtf8(text_, pos_, &cp);
      if (length == 0) {
        Error(pos_, "Unable to decode bytes as UTF-8.");
        AppendUtf8(0xFFFD, &value);
        pos_++;
      } else {
        value.append(text_, pos_, length);
        pos_ += length;
      }
      continue;
    }
    value.push_back(c);
    pos_++;
  }
}

void Lexer::ScanEscape(std::string* value) {
  uint32_t start = pos_;
  pos_++;               // The backslash.
  if (AtEnd()) return;  // The caller reports the unterminated string.
  char c = Peek();
  switch (c) {
    case 'n':
      value->push_back('\n');
      break;
    case 'r':
      value->push_back('\r');
      break;
    case 't':
      value->push_back('\t');
      break;
    case 'b':
      value->push_back('\b');
      break;
    case 'f':
      value->push_back('\f');
      break;
    case 'v':
      value->push_back('\v');
      break;
    case 'x': {
      if (IsHexDigit(Peek(1)) && IsHexDigit(Peek(2))) {
        AppendUtf8(HexValue(Peek(1)) * 16 + HexValue(Peek(2)), value);
        pos_ += 3;
      } else {
        Error(start,
              "An escape sequence starting with '\\x' must be followed by 2 hexadecimal "
              "digits.");
        pos_++;
      }
      return;
    }
    case 'u': {
      pos_++;
      uint32_t cp = 0;
      if (Peek() == '{') {
        pos_++;
        int count = 0;
        while (IsHexDigit(Peek()) && count < 7) {
          cp = cp * 16 + HexValue(Peek());
          pos_++;
          count++;
        }
        if (count == 0 || count > 6 || Peek() != '}') {
          Error(start,
                "An escape sequence starting with '\\u{' must be followed by 1 to 6 "
                "hexadecimal digits followed by a '}'.");
          if (Peek() == '}') pos_++;
          return;
        }
        pos_++;
        if (cp > 0x10FFFF) {
          Error(start, "The escape sequence starting with '\\u' isn't a valid code point.");
          return;
        }
      } else {
        int count = 0;
        while (count < 4 && IsHexDigit(Peek())) {
          cp = cp * 16 + HexValue(Peek());
          pos_++;
          count++;
        }
        if (count < 4) {
          Error(start,
                "An escape sequence starting with '\\u' must be followed by 4 hexadecimal "
                "digits or from 1 to 6 digits between '{' and '}'.");
          return;
        }
      }
      AppendUtf8(cp, value);
      return;
    }
    case '\r':
      // In a multi-line string an escaped line break is the line break itself.
      value->push_back('\r');
      if (Peek(1) == '\n') {
        value->push_back('\n');
        pos_++;
      }
      break;
    default: {
      // Any other escaped character stands for itself ('\$', '\'', '\\', '\a').
      uint32_t cp;
      int length = static_cast<unsigned char>(c) >= 0x80 ? DecodeUtf8(text_, pos_, &cp) : 1;
      if (length == 0) {
        Error(pos_, "Unable to decode bytes as UTF-8.");
        length = 1;
      }
      value->append(text_, pos_, length);
      pos_ += length;
      return;
    }
  }
  pos_++;
}

void Lexer::ScanUnexpectedCharacter(uint32_t start) {
  unsigned char c = static_cast<unsigned char>(Peek());
  uint32_t cp = c;
  int length = 1;
  if (c >= 0x80) length = DecodeUtf8(text_, pos_, &cp);
  if (length == 0) {
    Error(start, "Unable to decode bytes as UTF-8.");
    length = 1;
  } else if (cp < 0x1F || cp == 0x7F) {
    Error(start, "The control character " + CodePointName(cp) +
                     " can only be used in strings and comments.");
  } else if (IsNonAsciiWhitespace(cp)) {
    Error(start, "The non-ASCII space character " + CodePointName(cp) +
                     " can only be used in strings and comments.");
  } else {
    // Dart words this the same way for stray ASCII characters such as '`' and '\'.
    Error(start, "The non-ASCII character '" + text_.substr(start, length) + "' (" +
                     CodePointName(cp) +
                     ") can't be used in identifiers, only in strings and comments.");
  }
  // The character is dropped: the tokens around it still parse, and the error above already
  // fails the compile.
  pos_ += length;
}

}  // namespace islet
