// The parser's entry point, token helpers, error recovery, lookahead, and the declarations:
// directives (including the 2012 `#import` forms), top-level functions and variables,
// classes, mixins, extensions, enums and typedefs. Class members, parameters and function
// bodies live in parser_members.cc, statements in parser_statements.cc, expressions and types
// in parser_expressions.cc.

#include "compiler/parser.h"

#include <algorithm>

#include "compiler/diagnostics.h"
#include "compiler/lexer.h"
#include "compiler/parser_internal.h"
#include "compiler/source.h"

namespace islet {

std::unique_ptr<CompilationUnit> ParseCompilationUnit(const SourceFile* source,
                                                      Diagnostics* diagnostics) {
  auto unit = std::make_unique<CompilationUnit>();
  unit->source = source;
  // The lexer runs first, so its errors are collected apart and merged with the parser's in
  // source order, the order Dart reports them in.
  Diagnostics local;
  Lexer lexer(source, &local);
  std::vector<Token> tokens = lexer.Tokenize();
  Parser parser(source, &local, unit.get(), std::move(tokens), lexer.first_unclosed_offset());
  parser.ParseUnit();
  std::vector<Diagnostics::Entry> entries = local.entries();
  std::stable_sort(
      entries.begin(), entries.end(),
      [](const Diagnostics::Entry& a, const Diagnostics::Entry& b) { return a.offset < b.offset; });
  for (Diagnostics::Entry& e : entries) {
    diagnostics->Error(e.file, e.offset, e.length, std::move(e.message));
  }
  return unit;
}

NestingGuard::NestingGuard(Parser* parser) : parser_(parser) {
  too_deep_ = ++parser->nesting_ > Parser::kMaxNesting;
  if (too_deep_) {
    parser->Error(parser->Cur(), "The file has too many nested expressions or statements.");
  }
}

bool ChainDepth::AddLink() {
  links_++;
  if (++parser_->nesting_ <= Parser::kMaxNesting) return true;
  parser_->Error(parser_->Cur(), "The file has too many nested expressions or statements.");
  return false;
}

Parser::Parser(const SourceFile* source, Diagnostics* diagnostics, CompilationUnit* unit,
               std::vector<Token> tokens, uint32_t first_unclosed_offset)
    : source_(source),
      diagnostics_(diagnostics),
      unit_(unit),
      arena_(unit->arena),
      tokens_(std::move(tokens)),
      first_unclosed_offset_(first_unclosed_offset) {
  if (tokens_.empty() || tokens_.back().kind != TokenKind::kEof) {
    Token eof;
    eof.offset = static_cast<uint32_t>(source->text().size());
    tokens_.push_back(eof);
  }
}

// ---------------------------------------------------------------------------------------------
// Tokens and errors

const Token& Parser::Advance() {
  const Token& token = tokens_[pos_];
  if (pos_ + 1 < tokens_.size()) pos_++;
  return token;
}

bool Parser::Match(TokenKind kind) {
  // While unwinding after an error nothing is consumed, so recovery starts at the error.
  if (panic_ || !At(kind)) return false;
  Advance();
  return true;
}

std::string Parser::Lexeme(const Token& token) const {
  if (token.kind == TokenKind::kEof) return "";
  return source_->text().substr(token.offset, token.length);
}

void Parser::SoftErrorAt(uint32_t offset, const std::string& message) {
  if (panic_ || offset > first_unclosed_offset_) return;
  diagnostics_->Error(source_, offset, message);
}

void Parser::SoftError(const Token& token, const std::string& message) {
  if (panic_) return;
  // After a bracket or string the lexer found open, and right after an unterminated string,
  // the lexer's error already says what is wrong.
  if (token.offset > first_unclosed_offset_) return;
  size_t index = static_cast<size_t>(&token - tokens_.data());
  if (token.unterminated ||
      (index > 0 && index < tokens_.size() && tokens_[index - 1].unterminated)) {
    return;
  }
  diagnostics_->Error(source_, token.offset, token.length, message);
}

void Parser::Error(const Token& token, const std::string& message) {
  SoftError(token, message);
  panic_ = true;
}

[[gnu::noinline]] void Parser::Unsupported(const Token& token, const char* what) {
  Error(token, std::string(what) + " is not supported yet.");
}

[[gnu::noinline]] void Parser::ErrorExpectedIdentifier(const Token& token) {
  Error(token, "Expected an identifier, but got '" + Lexeme(token) + "'.");
}

bool Parser::Expect(TokenKind kind) {
  if (panic_) return false;
  if (At(kind)) {
    Advance();
    return true;
  }
  if (kind == TokenKind::kSemicolon) {
    ExpectSemicolon();
    return false;
  }
  Error(Cur(), std::string("Expected '") + TokenKindSpelling(kind) + "' before this.");
  return false;
}

void Parser::ExpectSemicolon() {
  if (panic_ || Match(TokenKind::kSemicolon)) return;
  bool at_line_end = Cur().newline_before || At(TokenKind::kRBrace) || AtEof();
  SoftError(Previous(), "Expected ';' after this.");
  if (!at_line_end) panic_ = true;
}

namespace {

bool IsOpener(TokenKind kind) {
  return kind == TokenKind::kLParen || kind == TokenKind::kLBracket || kind == TokenKind::kLBrace ||
         kind == TokenKind::kInterpolationStart;
}
bool IsCloser(TokenKind kind) {
  return kind == TokenKind::kRParen || kind == TokenKind::kRBracket || kind == TokenKind::kRBrace ||
         kind == TokenKind::kInterpolationEnd;
}

}  // namespace

void Parser::SyncStatement(bool in_switch) {
  // Skip to just after the next ';' or balanced block at this level, or to the '}' that closes
  // the enclosing block (or, in a switch, the next case).
  int depth = 0;
  while (!AtEof()) {
    TokenKind kind = Kind();
    if (depth == 0 && kind == TokenKind::kSemicolon) {
      Advance();
      return;
    }
    if (depth == 0 && (kind == TokenKind::kRBrace ||
                       (in_switch && (kind == TokenKind::kCase || kind == TokenKind::kDefault)))) {
      return;
    }
    if (IsOpener(kind)) {
      depth++;
    } else if (IsCloser(kind) && depth > 0) {
      depth--;
      if (depth == 0 && kind == TokenKind::kRBrace) {
        Advance();
        return;
      }
    }
    Advance();
  }
}

void Parser::SyncMember() {
  int depth = 0;
  while (!AtEof()) {
    TokenKind kind = Kind();
    if (depth == 0 && kind == TokenKind::kSemicolon) {
      Advance();
      return;
    }
    if (depth == 0 && kind == TokenKind::kRBrace) return;  // The end of the class.
    if (IsOpener(kind)) {
      depth++;
    } else if (IsCloser(kind) && depth > 0) {
      depth--;
      if (depth == 0 && kind == TokenKind::kRBrace) {
        Advance();
        return;
      }
    }
    Advance();
  }
}

void Parser::SyncTopLevel() {
  int depth = 0;
  bool first = true;
  while (!AtEof()) {
    TokenKind kind = Kind();
    // A declaration keyword at the start of a line is a good place to resume.
    if (depth == 0 && !first && Cur().newline_before &&
        (kind == TokenKind::kClass || kind == TokenKind::kEnum || kind == TokenKind::kTypedef ||
         kind == TokenKind::kAt || kind == TokenKind::kImport || kind == TokenKind::kAbstract)) {
      return;
    }
    first = false;
    if (depth == 0 && kind == TokenKind::kSemicolon) {
      Advance();
      return;
    }
    if (IsOpener(kind)) {
      depth++;
    } else if (IsCloser(kind)) {
      if (depth > 0) depth--;
      if (depth == 0 && kind == TokenKind::kRBrace) {
        Advance();
        return;
      }
    }
    Advance();
  }
}

// ---------------------------------------------------------------------------------------------
// Identifiers and lookahead

bool Parser::IsIdentifier(const Token& token) const {
  switch (KeywordClassOf(token.kind)) {
    case KeywordClass::kNone:
      return token.kind == TokenKind::kIdentifier;
    case KeywordClass::kReserved:
      return false;
    case KeywordClass::kBuiltIn:
      return true;
    case KeywordClass::kPseudo:
      // Inside async and generator bodies `await` and `yield` are keywords.
      if ((token.kind == TokenKind::kAwait || token.kind == TokenKind::kYield) &&
          async_kind_ != AsyncKind::kSync) {
        return false;
      }
      return true;
  }
  return false;
}

std::string Parser::ParseIdentifier(uint32_t* pos) {
  if (pos != nullptr) *pos = Cur().offset;
  if (IsIdentifier(Cur())) return Advance().value;
  if (KeywordClassOf(Cur().kind) == KeywordClass::kReserved) {
    Error(Cur(), "'" + Lexeme(Cur()) + "' can't be used as an identifier because it's a keyword.");
  } else {
    Error(Cur(), "Expected an identifier, but got '" + Lexeme(Cur()) + "'.");
  }
  return "";
}

bool Parser::IsTypeNameToken(const Token& token) const {
  if (token.kind == TokenKind::kIdentifier || token.kind == TokenKind::kDynamic ||
      token.kind == TokenKind::kFunction || token.kind == TokenKind::kVoid) {
    return true;
  }
  // Other pseudo-keywords may name types; built-in identifiers (static, late, ...) may not,
  // which keeps modifiers from being read as types.
  return KeywordClassOf(token.kind) == KeywordClass::kPseudo && token.kind != TokenKind::kAwait &&
         token.kind != TokenKind::kYield;
}

size_t Parser::MatchingClose(size_t index) const {
  int depth = 0;
  for (size_t i = index; i < tokens_.size(); i++) {
    TokenKind kind = tokens_[i].kind;
    if (IsOpener(kind)) {
      depth++;
    } else if (IsCloser(kind)) {
      if (--depth == 0) return i;
    } else if (kind == TokenKind::kEof) {
      break;
    }
  }
  return 0;
}

size_t Parser::ScanTypeArguments(size_t index) const {
  // Counts angle brackets; '>>' and '>>>' close two and three levels. Only tokens that can
  // appear inside type arguments are accepted, so `a < b && c > d` is no type.
  int depth = 0;
  int parens = 0;
  TokenKind previous = TokenKind::kEof;
  for (size_t i = index; i < tokens_.size(); i++) {
    const Token& token = tokens_[i];
    switch (token.kind) {
      case TokenKind::kLt:
        depth++;
        break;
      case TokenKind::kGt:
        depth -= 1;
        break;
      case TokenKind::kGtGt:
        depth -= 2;
        break;
      case TokenKind::kGtGtGt:
        depth -= 3;
        break;
      case TokenKind::kComma:
      case TokenKind::kDot:
      case TokenKind::kQuestion:
      case TokenKind::kExtends:
        break;
      case TokenKind::kLParen:
      case TokenKind::kLBrace:
      case TokenKind::kLBracket:
        // Only inside a function type: `Function(int)`, `{int x}`, `[int]`, or a record type
        // where a type may start: `List<(int, String)>`, `Map<K, ({int x})>`.
        if (token.kind == TokenKind::kLParen && previous != TokenKind::kFunction &&
            previous != TokenKind::kLt && previous != TokenKind::kComma &&
            previous != TokenKind::kLParen && previous != TokenKind::kLBrace) {
          return 0;
        }
        if (token.kind != TokenKind::kLParen && parens == 0) return 0;
        parens++;
        break;
      case TokenKind::kRParen:
      case TokenKind::kRBrace:
      case TokenKind::kRBracket:
        if (--parens < 0) return 0;
        break;
      case TokenKind::kRequired:
        if (parens == 0) return 0;
        break;
      default:
        if (!IsTypeNameToken(token)) return 0;
        // Two names in a row only name a parameter of a function type (`int Function` is a
        // function type, not two names).
        if (parens == 0 && token.kind != TokenKind::kFunction && i > index + 1 &&
            IsTypeNameToken(TokenAt(i - 1)) && tokens_[i - 1].kind != TokenKind::kFunction) {
          return 0;
        }
        break;
    }
    if (depth < 0) return 0;
    if (depth == 0) return parens == 0 ? i + 1 : 0;
    previous = token.kind;
  }
  return 0;
}

size_t Parser::ScanType(size_t index) const {
  size_t i = index;
  const Token& first = TokenAt(i);
  if (first.kind == TokenKind::kVoid) {
    i++;
  } else if (first.kind == TokenKind::kFunction &&
             (KindAt(i + 1) == TokenKind::kLParen || KindAt(i + 1) == TokenKind::kLt)) {
    // A function type without return type: the loop below reads it.
  } else if (first.kind == TokenKind::kLParen) {
    // A record type: (int, String name, {bool flag})? holds only tokens types are made of.
    size_t close = MatchingClose(i);
    if (close == 0) return 0;
    for (size_t j = i + 1; j < close; j++) {
      const Token& token = TokenAt(j);
      switch (token.kind) {
        case TokenKind::kComma:
        case TokenKind::kDot:
        case TokenKind::kLt:
        case TokenKind::kGt:
        case TokenKind::kGtGt:
        case TokenKind::kGtGtGt:
        case TokenKind::kQuestion:
        case TokenKind::kLParen:
        case TokenKind::kRParen:
        case TokenKind::kLBrace:
        case TokenKind::kRBrace:
        case TokenKind::kLBracket:
        case TokenKind::kRBracket:
        case TokenKind::kVoid:
        case TokenKind::kRequired:
          break;
        default:
          if (!IsTypeNameToken(token)) return 0;
          break;
      }
    }
    i = close + 1;
    if (KindAt(i) == TokenKind::kQuestion) i++;
  } else if (IsTypeNameToken(first)) {
    i++;
    if (KindAt(i) == TokenKind::kDot && IsTypeNameToken(TokenAt(i + 1))) i += 2;
    if (KindAt(i) == TokenKind::kLt) {
      i = ScanTypeArguments(i);
      if (i == 0) return 0;
    }
    if (KindAt(i) == TokenKind::kQuestion) i++;
  } else {
    return 0;
  }
  while (KindAt(i) == TokenKind::kFunction &&
         (KindAt(i + 1) == TokenKind::kLParen || KindAt(i + 1) == TokenKind::kLt)) {
    i++;
    if (KindAt(i) == TokenKind::kLt) {
      i = ScanTypeArguments(i);
      if (i == 0) return 0;
    }
    if (KindAt(i) != TokenKind::kLParen) return 0;
    i = MatchingClose(i);
    if (i == 0) return 0;
    i++;
    if (KindAt(i) == TokenKind::kQuestion) i++;
  }
  return i;
}

bool Parser::LooksLikeLocalDeclaration() const {
  TokenKind kind = Kind();
  if (kind == TokenKind::kVar || kind == TokenKind::kFinal) return true;
  if (kind == TokenKind::kLate) {
    TokenKind next = Kind(1);
    return next == TokenKind::kVar || next == TokenKind::kFinal || IsIdentifierAt(pos_ + 1) ||
           next == TokenKind::kVoid;
  }
  size_t start = pos_;
  if (kind == TokenKind::kConst) {
    // `const x = 1;` and `const int x = 1;` declare; `const [1]` and `const C()` do not.
    if (IsIdentifierAt(pos_ + 1) && Kind(2) == TokenKind::kEq) return true;
    start = pos_ + 1;
  }
  size_t end = ScanType(start);
  if (end == 0 || !IsIdentifierAt(end)) return false;
  TokenKind after = KindAt(end + 1);
  return after == TokenKind::kEq || after == TokenKind::kSemicolon || after == TokenKind::kComma ||
         after == TokenKind::kIn || after == TokenKind::kColon ||
         (kind != TokenKind::kConst && (after == TokenKind::kLParen || after == TokenKind::kLt)) ||
         TokenAt(end + 1).newline_before;  // `int x` with its ';' missing.
}

bool Parser::LooksLikeLocalFunction() const {
  // name(...) { or =>, optionally with type parameters and a return type before the name.
  size_t i = pos_;
  size_t end = ScanType(i);
  if (end != 0 && IsIdentifierAt(end) &&
      (KindAt(end + 1) == TokenKind::kLParen || KindAt(end + 1) == TokenKind::kLt)) {
    i = end;
  } else if (!IsIdentifierAt(i)) {
    return false;
  }
  i++;
  if (KindAt(i) == TokenKind::kLt) {
    i = ScanTypeArguments(i);
    if (i == 0) return false;
  }
  if (KindAt(i) != TokenKind::kLParen) return false;
  i = MatchingClose(i);
  if (i == 0) return false;
  i++;
  TokenKind after = KindAt(i);
  if (after == TokenKind::kAsync || after == TokenKind::kSync) {
    i++;
    if (KindAt(i) == TokenKind::kStar) i++;
    after = KindAt(i);
  }
  return after == TokenKind::kLBrace || after == TokenKind::kArrow;
}

bool Parser::LooksLikeFunctionExpression() const {
  size_t close = MatchingClose(pos_);
  if (close == 0) return false;
  size_t i = close + 1;
  TokenKind after = KindAt(i);
  if (after == TokenKind::kAsync ||
      (after == TokenKind::kSync && KindAt(i + 1) == TokenKind::kStar)) {
    i++;
    if (KindAt(i) == TokenKind::kStar) i++;
    after = KindAt(i);
  }
  if (after == TokenKind::kArrow) return true;
  return after == TokenKind::kLBrace && allow_block_function_;
}

bool Parser::LooksLikeGenericCall() const {
  // At '<' after a name: type arguments when they scan as types and are followed by a token
  // that cannot continue a relational expression (Dart's rule for `f<T>(x)` and `List<int>`).
  size_t end = ScanTypeArguments(pos_);
  if (end == 0) return false;
  switch (KindAt(end)) {
    case TokenKind::kLParen:
    case TokenKind::kDot:
    case TokenKind::kRParen:
    case TokenKind::kRBracket:
    case TokenKind::kRBrace:
    case TokenKind::kSemicolon:
    case TokenKind::kComma:
    case TokenKind::kColon:
    case TokenKind::kEqEq:
    case TokenKind::kBangEq:
    case TokenKind::kDotDot:
    case TokenKind::kQuestionDot:
    case TokenKind::kQuestionDotDot:
    case TokenKind::kEof:
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Compilation unit and top-level declarations

void Parser::ParseUnit() {
  while (!AtEof()) {
    size_t before = pos_;
    ParseTopLevelDeclaration();
    if (panic_) {
      if (pos_ == before) Advance();
      SyncTopLevel();
      panic_ = false;
    } else if (pos_ == before) {
      Error(Cur(), "Expected a declaration, but got '" + Lexeme(Cur()) + "'.");
      Advance();
      panic_ = false;
    }
  }
}

std::vector<Expr*> Parser::ParseMetadata() {
  std::vector<Expr*> metadata;
  while (At(TokenKind::kAt) && !panic_) {
    Advance();
    uint32_t pos = Cur().offset;
    std::string name = ParseIdentifier();
    Expr* expr = arena_.New<Identifier>(pos, name);
    while (At(TokenKind::kDot) && !panic_) {
      Advance();
      uint32_t name_pos;
      std::string member = ParseIdentifier(&name_pos);
      auto* get = arena_.New<PropertyGet>(expr->pos, expr, member);
      get->name_pos = name_pos;
      expr = get;
    }
    if (At(TokenKind::kLParen)) {
      // @Name(args) or @prefix.Name(args): a constant constructor call.
      bool saved = in_const_;
      in_const_ = true;
      Invocation* call;
      if (expr->kind == NodeKind::kPropertyGet) {
        auto* get = static_cast<PropertyGet*>(expr);
        call = arena_.New<Invocation>(expr->pos, get->receiver, get->name);
        call->name_pos = get->name_pos;
      } else {
        call = arena_.New<Invocation>(expr->pos, nullptr, name);
        call->name_pos = pos;
      }
      call->in_const_context = true;
      ParseArguments(&call->args);
      in_const_ = saved;
      expr = call;
    }
    metadata.push_back(expr);
  }
  return metadata;
}

void Parser::ParseTopLevelDeclaration() {
  std::vector<Expr*> metadata = ParseMetadata();
  if (panic_) return;
  uint32_t start = Cur().offset;
  TokenKind kind = Kind();
  TokenKind next = Kind(1);

  // Directives.
  if (kind == TokenKind::kHash && Cur().offset + 1 == Peek(1).offset) {
    if (seen_declaration_) SoftError(Cur(), "Directives must appear before any declarations.");
    Parse2012Directive();
    return;
  }
  bool is_directive =
      ((kind == TokenKind::kImport || kind == TokenKind::kExport) && next == TokenKind::kString) ||
      (kind == TokenKind::kPart && (next == TokenKind::kString || next == TokenKind::kOf)) ||
      (kind == TokenKind::kLibrary && (IsIdentifierAt(pos_ + 1) || next == TokenKind::kSemicolon));
  if (is_directive) {
    if (seen_declaration_) SoftError(Cur(), "Directives must appear before any declarations.");
    ParseDirective();
    return;
  }
  seen_declaration_ = true;

  Decl* decl = nullptr;
  // Class modifiers of Dart 3: [abstract] [base | interface | final] [mixin] class, sealed class,
  // [base] mixin M. `sealed` makes the class abstract; the restrictions the others put on
  // subtypes in other libraries are not checked (LANGUAGE.md).
  size_t scan = pos_;
  while (KindAt(scan) == TokenKind::kAbstract || KindAt(scan) == TokenKind::kSealed ||
         KindAt(scan) == TokenKind::kBase || KindAt(scan) == TokenKind::kInterface ||
         KindAt(scan) == TokenKind::kFinal || KindAt(scan) == TokenKind::kMixin) {
    scan++;
  }
  bool is_class_like =
      scan > pos_ &&
      (KindAt(scan) == TokenKind::kClass ||
       (KindAt(scan - 1) == TokenKind::kMixin && IsIdentifierAt(scan) && scan - 1 > pos_));
  if (is_class_like) {
    decl = ParseModifiedClassOrMixin(start, scan);
  } else if (kind == TokenKind::kClass) {
    decl = ParseClass(/*is_abstract=*/false, start);
  } else if (kind == TokenKind::kMixin && IsIdentifierAt(pos_ + 1)) {
    decl = ParseMixin(start);
  } else if (kind == TokenKind::kExtension &&
             (IsIdentifierAt(pos_ + 1) || next == TokenKind::kLt) &&
             !(next == TokenKind::kIdentifier && Peek(1).value == "type")) {
    decl = ParseExtension(start);
  } else if (kind == TokenKind::kExtension && next == TokenKind::kIdentifier &&
             Peek(1).value == "type") {
    decl = ParseExtensionType(start);
  } else if (kind == TokenKind::kEnum) {
    decl = ParseEnum(start);
  } else if (kind == TokenKind::kTypedef && next != TokenKind::kLParen) {
    decl = ParseTypedef(start);
  } else if (kind == TokenKind::kImport || kind == TokenKind::kExport || kind == TokenKind::kPart ||
             kind == TokenKind::kLibrary) {
    // A directive whose URI is not a plain string, e.g. `import foo;`.
    Error(Peek(1), "Expected a String, but got '" + Lexeme(Peek(1)) + "'.");
    return;
  } else {
    Modifiers modifiers = ParseModifiers(/*in_class=*/false);
    if (panic_) return;
    ParseTopLevelFunctionOrVariable(std::move(metadata), modifiers, start);
    return;
  }
  if (decl != nullptr && !panic_) {
    decl->metadata = std::move(metadata);
    unit_->declarations.push_back(decl);
  }
}

std::string Parser::ParseUri() {
  if (!At(TokenKind::kString)) {
    Error(Cur(), "Expected a String, but got '" + Lexeme(Cur()) + "'.");
    return "";
  }
  const Token& first = Cur();
  Expr* literal = ParseStringLiterals();
  if (literal->kind != NodeKind::kStringLiteral) {
    SoftError(first, "Can't use string interpolation in a URI.");
    return "";
  }
  return static_cast<StringLiteral*>(literal)->value;
}

std::string Parser::ParseDottedName() {
  std::string name = ParseIdentifier();
  while (At(TokenKind::kDot) && !panic_) {
    Advance();
    name += "." + ParseIdentifier();
  }
  return name;
}

void Parser::ParseDirective() {
  Directive directive;
  directive.pos = Cur().offset;
  const Token& keyword = Advance();
  switch (keyword.kind) {
    case TokenKind::kImport:
    case TokenKind::kExport: {
      directive.kind = keyword.kind == TokenKind::kImport ? Directive::kImport : Directive::kExport;
      directive.uri = ParseUri();
      // Configurable imports: `if (dart.library.io) 'io.dart'`, the first whose condition
      // holds replaces the URI. The conditions Islet can decide are dart.library.<name> (the
      // embedded libraries); any other name is an undefined declaration, so false.
      bool chosen = false;
      while (At(TokenKind::kIf) && !panic_) {
        Advance();
        if (!Expect(TokenKind::kLParen)) return;
        std::string name = ParseDottedName();
        std::string value = "true";
        if (Match(TokenKind::kEqEq)) value = ParseUri();
        if (!Expect(TokenKind::kRParen)) return;
        std::string uri = ParseUri();
        if (panic_) return;
        static const char* const kLibraries[] = {"core", "async",   "collection", "convert",
                                                 "io",   "isolate", "math",       "typed_data"};
        std::string declared;
        for (const char* library : kLibraries) {
          if (name == std::string("dart.library.") + library) declared = "true";
        }
        if (!chosen && declared == value) {
          directive.uri = uri;
          chosen = true;
        }
      }
      if (keyword.kind == TokenKind::kImport && At(TokenKind::kDeferred)) {
        Advance();
        directive.is_deferred = true;
      }
      if (keyword.kind == TokenKind::kImport && At(TokenKind::kAs)) {
        Advance();
        directive.prefix = ParseIdentifier();
      }
      if (directive.is_deferred && directive.prefix.empty()) {
        SoftErrorAt(directive.pos, "Deferred imports should have a prefix.");
      }
      while ((At(TokenKind::kShow) || At(TokenKind::kHide)) && !panic_) {
        bool show = Advance().kind == TokenKind::kShow;
        do {
          std::string name = ParseIdentifier();
          (show ? directive.show : directive.hide).push_back(name);
        } while (Match(TokenKind::kComma) && !panic_);
      }
      if (At(TokenKind::kAs) && !panic_) {
        Error(Cur(), "The prefix ('as' clause) should come before any show/hide combinators.");
      }
      break;
    }
    case TokenKind::kPart:
      if (Match(TokenKind::kOf)) {
        directive.kind = Directive::kPartOf;
        if (At(TokenKind::kString)) {
          directive.uri = ParseUri();
        } else {
          directive.name = ParseDottedName();
        }
      } else {
        directive.kind = Directive::kPart;
        directive.uri = ParseUri();
      }
      break;
    default:  // library
      directive.kind = Directive::kLibrary;
      if (!At(TokenKind::kSemicolon)) directive.name = ParseDottedName();
      break;
  }
  if (panic_) return;
  ExpectSemicolon();
  unit_->directives.push_back(std::move(directive));
}

void Parser::Parse2012Directive() {
  // #import('uri'); #import('uri', prefix: 'p'); #library('name'); #source('uri');
  Directive directive;
  directive.pos = Cur().offset;
  Advance();  // '#'
  const Token& name = Cur();
  std::string word = IsIdentifier(name) ? name.value : "";
  if (word == "import") {
    directive.kind = Directive::kImport;
  } else if (word == "library") {
    directive.kind = Directive::kLibrary;
  } else if (word == "source") {
    directive.kind = Directive::kSource2012;
  } else {
    Unsupported(name, ("The directive '#" + Lexeme(name) + "'").c_str());
    return;
  }
  Advance();
  if (!Expect(TokenKind::kLParen)) return;
  std::string text = ParseUri();
  if (directive.kind == Directive::kLibrary) {
    directive.name = text;
  } else {
    directive.uri = text;
  }
  while (Match(TokenKind::kComma) && !panic_) {
    if (At(TokenKind::kRParen)) break;
    uint32_t pos;
    std::string option = ParseIdentifier(&pos);
    if (!Expect(TokenKind::kColon)) return;
    std::string value = ParseUri();
    if (option == "prefix" && directive.kind == Directive::kImport) {
      directive.prefix = value;
    } else if (!panic_) {
      SoftErrorAt(pos, "The directive option '" + option + "' is not supported yet.");
    }
  }
  if (!Expect(TokenKind::kRParen)) return;
  ExpectSemicolon();
  unit_->directives.push_back(std::move(directive));
}

Parser::Modifiers Parser::ParseModifiers(bool in_class) {
  Modifiers m;
  while (!panic_) {
    TokenKind kind = Kind();
    TokenKind next = Kind(1);
    // A modifier word followed by one of these is a name instead (`var static = 1;`, `late()`).
    if (next == TokenKind::kLParen || next == TokenKind::kEq || next == TokenKind::kSemicolon ||
        next == TokenKind::kComma || next == TokenKind::kDot) {
      break;
    }
    const Token** slot = nullptr;
    switch (kind) {
      case TokenKind::kExternal:
        slot = &m.external;
        break;
      case TokenKind::kStatic:
        slot = &m.is_static;
        break;
      case TokenKind::kAbstract:
        slot = &m.abstract;
        break;
      case TokenKind::kConst:
        slot = &m.is_const;
        break;
      case TokenKind::kFinal:
        slot = &m.is_final;
        break;
      case TokenKind::kVar:
        slot = &m.var;
        break;
      case TokenKind::kLate:
        slot = &m.late;
        break;
      case TokenKind::kCovariant:
        slot = &m.covariant;
        break;
      case TokenKind::kFactory:
        slot = &m.factory;
        break;
      default:
        break;
    }
    if (slot == nullptr) break;
    const Token& token = Advance();
    if (*slot != nullptr) {
      SoftError(token, "The modifier '" + Lexeme(token) + "' was already specified.");
    }
    *slot = &token;
    if (!in_class && (kind == TokenKind::kStatic || kind == TokenKind::kCovariant ||
                      kind == TokenKind::kFactory || kind == TokenKind::kAbstract)) {
      if (kind == TokenKind::kFactory) {
        SoftError(token, "Top-level declarations can't be declared to be 'factory'.");
      } else {
        SoftError(token, "Can't have modifier '" + Lexeme(token) + "' here.");
      }
    }
  }
  if (m.is_const && m.is_final) {
    SoftError(*m.is_final, "Members can't be declared to be both 'const' and 'final'.");
  }
  if (m.var && m.is_final) {
    SoftError(*m.var, "Members can't be declared to be both 'final' and 'var'.");
  }
  return m;
}

void Parser::ParseTopLevelFunctionOrVariable(std::vector<Expr*> metadata,
                                             const Modifiers& modifiers, uint32_t start) {
  bool is_variable = modifiers.var || modifiers.is_final || modifiers.is_const || modifiers.late;
  TypeNode* type = nullptr;
  bool accessor = (At(TokenKind::kGet) || At(TokenKind::kSet)) && IsIdentifierAt(pos_ + 1);
  if (!accessor) {
    size_t end = ScanType(pos_);
    if (end != 0 && (IsIdentifierAt(end) || KindAt(end) == TokenKind::kOperator)) {
      type = ParseType();
      accessor = (At(TokenKind::kGet) || At(TokenKind::kSet)) && IsIdentifierAt(pos_ + 1);
    }
  }
  if (panic_) return;
  if (At(TokenKind::kOperator) && !is_variable) {
    Error(Cur(), "Operators must be declared within a class.");
    return;
  }
  if (modifiers.var && type != nullptr) {
    SoftErrorAt(type->pos, "Variables can't be declared using both 'var' and a type name.");
  }

  if (!is_variable && (accessor || (IsIdentifierAt(pos_) && (Kind(1) == TokenKind::kLParen ||
                                                             Kind(1) == TokenKind::kLt)))) {
    auto* decl = arena_.New<FunctionDecl>(start);
    decl->metadata = std::move(metadata);
    decl->is_external = modifiers.external != nullptr;
    FunctionNode* function = arena_.NewFunction();
    function->pos = start;
    function->return_type = type;
    decl->function = function;
    if (accessor) {
      decl->is_getter = At(TokenKind::kGet);
      decl->is_setter = At(TokenKind::kSet);
      Advance();
    }
    decl->name = ParseIdentifier(&decl->name_pos);
    if (At(TokenKind::kLt)) function->type_params = ParseTypeParameters();
    if (decl->is_getter) {
      if (At(TokenKind::kLParen)) {
        SoftError(Cur(), "A getter can't have formal parameters.");
        ParseFormalParameters(&function->params);
      }
    } else if (At(TokenKind::kLParen)) {
      ParseFormalParameters(&function->params);
    } else {
      Error(Cur(), "A function declaration needs an explicit list of parameters.");
    }
    if (panic_) return;
    ParseFunctionBody(function, /*is_expression=*/false, /*allow_empty=*/decl->is_external);
    if (!panic_) unit_->declarations.push_back(decl);
    return;
  }

  if (!is_variable && type == nullptr) {
    if (IsIdentifierAt(pos_) && (Kind(1) == TokenKind::kEq || Kind(1) == TokenKind::kSemicolon ||
                                 Kind(1) == TokenKind::kComma)) {
      SoftError(Cur(),
                "Variables must be declared using the keywords 'const', 'final', 'var' or a "
                "type name.");
    } else {
      Error(Cur(), "Expected a declaration, but got '" + Lexeme(Cur()) + "'.");
      return;
    }
  }
  auto* decl = arena_.New<TopLevelVarDecl>(start);
  decl->metadata = std::move(metadata);
  decl->is_external = modifiers.external != nullptr;
  decl->type = type;
  decl->is_final = modifiers.is_final != nullptr;
  decl->is_const = modifiers.is_const != nullptr;
  decl->is_late = modifiers.late != nullptr;
  ParseFieldVariables(&decl->vars, decl->is_const);
  if (!decl->vars.empty()) {
    decl->name = decl->vars[0].name;
    decl->name_pos = decl->vars[0].pos;
  }
  if (panic_) return;
  ExpectSemicolon();
  if (!panic_) unit_->declarations.push_back(decl);
}

void Parser::ParseFieldVariables(std::vector<VarDecl>* vars, bool is_const) {
  do {
    VarDecl var;
    var.name = ParseIdentifier(&var.pos);
    if (panic_) return;
    if (Match(TokenKind::kEq)) {
      bool saved = in_const_;
      in_const_ = in_const_ || is_const;
      var.initializer = ParseExpression();
      in_const_ = saved;
    }
    vars->push_back(var);
  } while (!panic_ && Match(TokenKind::kComma));
}

std::vector<std::string> Parser::ParseTypeParameters() {
  // <T, U extends Comparable<U>>: the bounds are parsed and dropped (generics are erased).
  std::vector<std::string> names;
  Expect(TokenKind::kLt);
  while (!panic_) {
    ParseMetadata();
    names.push_back(ParseIdentifier());
    if (Match(TokenKind::kExtends)) ParseType();
    if (!Match(TokenKind::kComma)) break;
  }
  if (!panic_) ExpectClosingAngle();
  return names;
}

std::vector<TypeNode*> Parser::ParseTypeList() {
  std::vector<TypeNode*> types;
  do {
    types.push_back(ParseType());
  } while (!panic_ && Match(TokenKind::kComma));
  return types;
}

ClassDecl* Parser::ParseClass(bool is_abstract, uint32_t start) {
  auto* decl = arena_.New<ClassDecl>(start);
  decl->is_abstract = is_abstract;
  Expect(TokenKind::kClass);
  decl->name = ParseIdentifier(&decl->name_pos);
  if (At(TokenKind::kLt)) decl->type_params = ParseTypeParameters();
  if (Match(TokenKind::kEq)) {
    // class C = B with M1, M2 implements I;
    decl->is_application = true;
    decl->superclass = ParseType();
    if (!panic_ && Expect(TokenKind::kWith)) decl->mixins = ParseTypeList();
    if (!panic_ && Match(TokenKind::kImplements)) decl->interfaces = ParseTypeList();
    if (!panic_) ExpectSemicolon();
    return decl;
  }
  bool seen_with = false;
  bool seen_implements = false;
  while (!panic_) {
    if (At(TokenKind::kExtends)) {
      if (decl->superclass != nullptr) {
        SoftError(Cur(), "Each class definition can have at most one extends clause.");
      } else if (seen_with) {
        SoftError(Cur(), "The extends clause must be before the with clause.");
      } else if (seen_implements) {
        SoftError(Cur(), "The extends clause must be before the implements clause.");
      }
      Advance();
      decl->superclass = ParseType();
    } else if (At(TokenKind::kWith)) {
      if (seen_implements) {
        SoftError(Cur(), "The with clause must be before the implements clause.");
      }
      seen_with = true;
      Advance();
      std::vector<TypeNode*> types = ParseTypeList();
      decl->mixins.insert(decl->mixins.end(), types.begin(), types.end());
    } else if (At(TokenKind::kImplements)) {
      seen_implements = true;
      Advance();
      std::vector<TypeNode*> types = ParseTypeList();
      decl->interfaces.insert(decl->interfaces.end(), types.begin(), types.end());
    } else {
      break;
    }
  }
  if (panic_) return decl;
  if (!At(TokenKind::kLBrace)) {
    Error(Cur(), "A class declaration must have a body, even if it is empty.");
    return decl;
  }
  ParseClassBody(decl->name, &decl->members, &decl->end_pos);
  return decl;
}

Decl* Parser::ParseModifiedClassOrMixin(uint32_t start, size_t end) {
  const Token* abstract = nullptr;
  const Token* sealed = nullptr;
  const Token* restriction = nullptr;  // base, interface or final.
  const Token* mixin = nullptr;
  while (pos_ < end) {
    const Token& token = Advance();
    auto misplaced = [&]() { Error(token, "Can't have modifier '" + Lexeme(token) + "' here."); };
    switch (token.kind) {
      case TokenKind::kAbstract:
        if (sealed != nullptr) {
          Error(token,
                "A 'sealed' class can't be marked 'abstract' because it's already implicitly "
                "abstract.");
        } else if (abstract != nullptr || restriction != nullptr || mixin != nullptr) {
          misplaced();
        }
        abstract = &token;
        break;
      case TokenKind::kSealed:
        if (abstract != nullptr) {
          Error(*abstract,
                "A 'sealed' class can't be marked 'abstract' because it's already implicitly "
                "abstract.");
        } else if (sealed != nullptr || restriction != nullptr || mixin != nullptr) {
          misplaced();
        }
        sealed = &token;
        break;
      case TokenKind::kBase:
      case TokenKind::kInterface:
      case TokenKind::kFinal:
        if (sealed != nullptr || restriction != nullptr || mixin != nullptr) misplaced();
        restriction = &token;
        break;
      default:  // mixin
        if (mixin != nullptr) misplaced();
        mixin = &token;
        break;
    }
    if (panic_) return nullptr;
  }
  if (mixin != nullptr && sealed != nullptr) {
    Error(*sealed, "A mixin can't be declared 'sealed'.");
    return nullptr;
  }
  if (mixin != nullptr && restriction != nullptr && restriction->kind != TokenKind::kBase) {
    Error(*restriction, "A mixin can't be declared '" + Lexeme(*restriction) + "'.");
    return nullptr;
  }
  if (!At(TokenKind::kClass)) {
    // [base] mixin M: pos_ is at the mixin's name; ParseMixin expects the keyword.
    if (abstract != nullptr) {
      Error(*abstract, "A mixin can't be declared 'abstract'.");
      return nullptr;
    }
    pos_--;
    MixinDecl* decl = ParseMixin(start);
    if (decl != nullptr) decl->is_base = restriction != nullptr;
    return decl;
  }
  ClassDecl* decl = ParseClass(abstract != nullptr || sealed != nullptr, start);
  if (decl == nullptr) return nullptr;
  decl->is_mixin_class = mixin != nullptr;
  decl->is_sealed = sealed != nullptr;
  if (restriction != nullptr) {
    decl->is_base = restriction->kind == TokenKind::kBase;
    decl->is_interface = restriction->kind == TokenKind::kInterface;
    decl->is_final = restriction->kind == TokenKind::kFinal;
  }
  return decl;
}

MixinDecl* Parser::ParseMixin(uint32_t start) {
  auto* decl = arena_.New<MixinDecl>(start);
  Expect(TokenKind::kMixin);
  decl->name = ParseIdentifier(&decl->name_pos);
  if (At(TokenKind::kLt)) decl->type_params = ParseTypeParameters();
  if (Match(TokenKind::kOn)) decl->on_types = ParseTypeList();
  if (Match(TokenKind::kImplements)) decl->interfaces = ParseTypeList();
  if (panic_) return decl;
  if (!At(TokenKind::kLBrace)) {
    Error(Cur(), "A mixin declaration must have a body, even if it is empty.");
    return decl;
  }
  uint32_t end_pos = 0;
  ParseClassBody(decl->name, &decl->members, &end_pos);
  return decl;
}

ExtensionDecl* Parser::ParseExtension(uint32_t start) {
  auto* decl = arena_.New<ExtensionDecl>(start);
  Expect(TokenKind::kExtension);
  decl->name_pos = Cur().offset;
  // `extension on T` has no name (`on` begins the clause unless another `on` follows).
  if (IsIdentifier(Cur()) && (!At(TokenKind::kOn) || Kind(1) == TokenKind::kOn)) {
    decl->name = ParseIdentifier(&decl->name_pos);
  }
  if (At(TokenKind::kLt)) decl->type_params = ParseTypeParameters();
  if (!Expect(TokenKind::kOn)) return decl;
  decl->on_type = ParseType();
  if (panic_) return decl;
  if (!At(TokenKind::kLBrace)) {
    Error(Cur(), "An extension declaration must have a body, even if it is empty.");
    return decl;
  }
  uint32_t end_pos = 0;
  ParseClassBody("", &decl->members, &end_pos);
  return decl;
}

ExtensionDecl* Parser::ParseExtensionType(uint32_t start) {
  // extension type [const] E<T>(Rep name) [implements I, J] { members }
  auto* decl = arena_.New<ExtensionDecl>(start);
  decl->is_extension_type = true;
  Advance();  // extension
  Advance();  // type
  Match(TokenKind::kConst);
  decl->name = ParseIdentifier(&decl->name_pos);
  if (panic_) return decl;
  if (At(TokenKind::kLt)) decl->type_params = ParseTypeParameters();
  if (At(TokenKind::kDot)) {
    Unsupported(Cur(), "A named primary constructor of an extension type");
    return decl;
  }
  if (!Expect(TokenKind::kLParen)) return decl;
  ParseMetadata();
  decl->on_type = ParseType();
  if (panic_) return decl;
  uint32_t field_pos = 0;
  std::string field = ParseIdentifier(&field_pos);
  if (panic_ || !Expect(TokenKind::kRParen)) return decl;
  if (Match(TokenKind::kImplements)) ParseTypeList();  // Its members are the representation's.
  if (panic_) return decl;
  if (!At(TokenKind::kLBrace) && !At(TokenKind::kSemicolon)) {
    Error(Cur(), "An extension type declaration must have a body, even if it is empty.");
    return decl;
  }
  if (!Match(TokenKind::kSemicolon)) {
    uint32_t end_pos = 0;
    ParseClassBody(decl->name, &decl->members, &end_pos);
  }
  for (Decl* member : decl->members) {
    if (member->kind == NodeKind::kConstructorDecl) {
      SoftErrorAt(member->pos, "A constructor in an extension type is not supported yet.");
    } else if (member->kind == NodeKind::kFieldDecl &&
               !static_cast<FieldDecl*>(member)->is_static) {
      SoftErrorAt(member->pos, "Extension types can't declare instance fields.");
    }
  }
  // The representation field is a getter returning the value itself.
  auto* getter = arena_.New<MethodDecl>(field_pos);
  getter->name = field;
  getter->name_pos = field_pos;
  getter->method_kind = MethodDecl::kGetter;
  getter->function = arena_.NewFunction();
  getter->function->pos = field_pos;
  getter->function->return_type = decl->on_type;
  getter->function->arrow_body = arena_.New<This>(field_pos);
  getter->function->end_pos = field_pos;
  decl->members.push_back(getter);
  return decl;
}

EnumDecl* Parser::ParseEnum(uint32_t start) {
  auto* decl = arena_.New<EnumDecl>(start);
  Expect(TokenKind::kEnum);
  decl->name = ParseIdentifier(&decl->name_pos);
  if (At(TokenKind::kLt)) ParseTypeParameters();
  if (Match(TokenKind::kWith)) decl->mixins = ParseTypeList();
  if (Match(TokenKind::kImplements)) decl->interfaces = ParseTypeList();
  if (panic_) return decl;
  if (!At(TokenKind::kLBrace)) {
    Error(Cur(), "Expected a enum body, but got '" + Lexeme(Cur()) + "'.");
    return decl;
  }
  Advance();
  while (!At(TokenKind::kRBrace) && !At(TokenKind::kSemicolon) && !AtEof() && !panic_) {
    ParseMetadata();
    EnumValue value;
    value.name = ParseIdentifier(&value.pos);
    if (At(TokenKind::kLt)) {
      std::vector<TypeNode*> ignored;
      ParseTypeArguments(&ignored);
    }
    if (Match(TokenKind::kDot)) value.constructor_name = ParseIdentifier();
    if (At(TokenKind::kLParen)) {
      value.has_args = true;
      bool saved = in_const_;
      in_const_ = true;
      ParseArguments(&value.args);
      in_const_ = saved;
    }
    if (panic_) break;
    decl->values.push_back(std::move(value));
    if (!Match(TokenKind::kComma)) break;
  }
  if (panic_) return decl;
  if (Match(TokenKind::kSemicolon)) {
    uint32_t end_pos = 0;
    // The members of an enhanced enum; ParseClassBody expects to start at a brace, so parse
    // the members here until the closing one.
    while (!At(TokenKind::kRBrace) && !AtEof()) {
      size_t before = pos_;
      Decl* member = ParseClassMember(decl->name);
      if (member != nullptr && !panic_) decl->members.push_back(member);
      if (panic_) {
        if (pos_ == before) Advance();
        SyncMember();
        panic_ = false;
      } else if (pos_ == before) {
        Error(Cur(), "Expected a class member, but got '" + Lexeme(Cur()) + "'.");
        Advance();
        panic_ = false;
      }
    }
    end_pos = Cur().offset;
    (void)end_pos;
  }
  Expect(TokenKind::kRBrace);
  return decl;
}

TypedefDecl* Parser::ParseTypedef(uint32_t start) {
  auto* decl = arena_.New<TypedefDecl>(start);
  Expect(TokenKind::kTypedef);
  // New form: typedef F<T> = type;
  size_t after_name = pos_ + 1;
  if (KindAt(after_name) == TokenKind::kLt) after_name = ScanTypeArguments(after_name);
  if (IsIdentifier(Cur()) && after_name != 0 && KindAt(after_name) == TokenKind::kEq) {
    decl->name = ParseIdentifier(&decl->name_pos);
    if (At(TokenKind::kLt)) decl->type_params = ParseTypeParameters();
    Expect(TokenKind::kEq);
    decl->type = ParseType();
    ExpectSemicolon();
    return decl;
  }
  // Old form: typedef R F<T>(params);
  TypeNode* return_type = nullptr;
  size_t end = ScanType(pos_);
  if (end != 0 && IsIdentifierAt(end)) return_type = ParseType();
  decl->name = ParseIdentifier(&decl->name_pos);
  if (At(TokenKind::kLt)) decl->type_params = ParseTypeParameters();
  if (panic_) return decl;
  if (!At(TokenKind::kLParen)) {
    Error(Cur(), "A typedef needs an explicit list of parameters.");
    return decl;
  }
  std::vector<Param> params;
  ParseFormalParameters(&params);
  decl->type = FunctionTypeOfParameters(params, return_type, decl->name_pos);
  ExpectSemicolon();
  return decl;
}

}  // namespace islet
