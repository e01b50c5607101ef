// The Parser class shared by parser.cc (infrastructure, error recovery, declarations),
// parser_members.cc (class members, parameters, function bodies), parser_statements.cc and
// parser_expressions.cc (expressions and types). Private to those files: everything else uses
// ParseCompilationUnit (parser.h).
//
// Error handling: a hard error reports once and sets panic_; every loop stops while panic_ is
// set, so the parser unwinds to the nearest statement, member or top-level loop, which skips
// tokens to a synchronisation point and clears it. Soft errors (modifiers in the wrong place,
// unsupported-but-parsable forms) report without unwinding. Each loop either consumes a token
// or stops, so no input makes the parser loop; nesting is capped so none overflows the stack.

#ifndef ISLET_COMPILER_PARSER_INTERNAL_H_
#define ISLET_COMPILER_PARSER_INTERNAL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/token.h"

namespace islet {

class Diagnostics;
class SourceFile;

class Parser {
 public:
  // [first_unclosed_offset]: where the lexer found the first bracket left open (UINT32_MAX
  // when none); the parser reports nothing after it.
  Parser(const SourceFile* source, Diagnostics* diagnostics, CompilationUnit* unit,
         std::vector<Token> tokens, uint32_t first_unclosed_offset);

  void ParseUnit();

  // The deepest nesting of statements, expressions and types the parser follows before it
  // reports "too many nested expressions" (Dart's StackOverflow message). Every recursive path
  // passes a NestingGuard. Measured at this limit on the worst inputs (parser_test's deep
  // nesting cases): under 256 KB of C++ stack optimized, under 512 KB at -O0, under 2 MB with
  // AddressSanitizer, whatever the input.
  static constexpr int kMaxNesting = 500;

 private:
  friend class NestingGuard;
  friend class ChainDepth;

  // A parsed `for (...)` header, shared by the for statement and the collection for element.
  struct ForHeader {
    bool is_for_in = false;
    VarDeclStmt* init = nullptr;
    std::vector<Expr*> init_exprs;
    Expr* condition = nullptr;
    std::vector<Expr*> updates;
    VarDeclStmt* loop_var = nullptr;
    Expr* loop_target = nullptr;
    Expr* iterable = nullptr;
    Pattern* pattern = nullptr;  // for (var (a, b) in e)
    bool pattern_final = false;
    uint32_t pattern_pos = 0;
  };

  // Modifiers seen before a declaration or class member.
  struct Modifiers {
    const Token* external = nullptr;
    const Token* is_static = nullptr;
    const Token* abstract = nullptr;
    const Token* is_const = nullptr;
    const Token* is_final = nullptr;
    const Token* var = nullptr;
    const Token* late = nullptr;
    const Token* covariant = nullptr;
    const Token* factory = nullptr;
  };

  enum class ParamSection { kRequired, kOptional, kNamed };

  // ---- Tokens (parser.cc) ----
  const Token& Cur() const { return tokens_[pos_]; }
  const Token& TokenAt(size_t index) const {
    return tokens_[index < tokens_.size() ? index : tokens_.size() - 1];
  }
  const Token& Peek(size_t ahead) const { return TokenAt(pos_ + ahead); }
  TokenKind KindAt(size_t index) const { return TokenAt(index).kind; }
  TokenKind Kind(size_t ahead = 0) const { return KindAt(pos_ + ahead); }
  bool At(TokenKind kind) const { return Cur().kind == kind; }
  bool AtEof() const { return Cur().kind == TokenKind::kEof; }
  const Token& Advance();
  bool Match(TokenKind kind);
  const Token& Previous() const { return tokens_[pos_ > 0 ? pos_ - 1 : 0]; }
  // Offset just past the last consumed token.
  uint32_t PreviousEnd() const { return Previous().offset + Previous().length; }
  std::string Lexeme(const Token& token) const;

  // ---- Errors (parser.cc) ----
  void Error(const Token& token, const std::string& message);      // Hard: unwinds.
  void SoftError(const Token& token, const std::string& message);  // Reports only.
  void SoftErrorAt(uint32_t offset, const std::string& message);
  // Hard errors whose messages are built out of line, keeping the frames of the recursive
  // parse functions small (they are on every level of nesting).
  void Unsupported(const Token& token, const char* what);  // "<what> is not supported yet."
  void ErrorExpectedIdentifier(const Token& token);        // "Expected an identifier, ..."
  bool Expect(TokenKind kind);
  // `;` is special: a missing one is reported at the token before it, and when the next token
  // starts a new line (or closes a block) the parser carries on as if it were there.
  void ExpectSemicolon();
  void SyncStatement(bool in_switch = false);
  void SyncMember();
  void SyncTopLevel();

  // ---- Identifiers and lookahead (parser.cc) ----
  bool IsIdentifier(const Token& token) const;
  bool IsIdentifierAt(size_t index) const { return IsIdentifier(TokenAt(index)); }
  // Parses an identifier; on error reports it (hard) and returns "".
  std::string ParseIdentifier(uint32_t* pos = nullptr);
  bool IsTypeNameToken(const Token& token) const;
  // Index just past a type starting at [index], or 0 when none starts there.
  size_t ScanType(size_t index) const;
  // [index] is at '<': index just past the matching '>' (0 when this is no type argument list).
  size_t ScanTypeArguments(size_t index) const;
  // [index] is at an opener: index of its matching closer (0 when unmatched).
  size_t MatchingClose(size_t index) const;
  bool LooksLikeLocalDeclaration() const;
  bool LooksLikeLocalFunction() const;
  bool LooksLikeFunctionExpression() const;
  bool LooksLikeGenericCall() const;

  // ---- Declarations (parser.cc; class members in parser_members.cc) ----
  std::vector<Expr*> ParseMetadata();
  void ParseTopLevelDeclaration();
  void ParseDirective();
  void Parse2012Directive();
  std::string ParseUri();
  std::string ParseDottedName();
  Modifiers ParseModifiers(bool in_class);
  void ParseTopLevelFunctionOrVariable(std::vector<Expr*> metadata, const Modifiers& modifiers,
                                       uint32_t start);
  ClassDecl* ParseClass(bool is_abstract, uint32_t start);
  MixinDecl* ParseMixin(uint32_t start);
  // A class or mixin declaration with Dart 3 class modifiers, which run from the current token
  // to the token at [end] (exclusive): `abstract base mixin class C`, `sealed class S`, ...
  Decl* ParseModifiedClassOrMixin(uint32_t start, size_t end);
  ExtensionDecl* ParseExtension(uint32_t start);
  ExtensionDecl* ParseExtensionType(uint32_t start);
  EnumDecl* ParseEnum(uint32_t start);
  TypedefDecl* ParseTypedef(uint32_t start);
  std::vector<std::string> ParseTypeParameters();
  std::vector<TypeNode*> ParseTypeList();
  // Members between braces; [class_name] names constructors ("" when none are allowed).
  void ParseClassBody(const std::string& class_name, std::vector<Decl*>* members,
                      uint32_t* end_pos);
  Decl* ParseClassMember(const std::string& class_name);
  ConstructorDecl* ParseConstructor(const Modifiers& modifiers, const std::string& class_name,
                                    uint32_t start);
  void ParseInitializers(ConstructorDecl* constructor);
  Decl* ParseMethodOrField(const Modifiers& modifiers, uint32_t start);
  std::string ParseOperatorName();
  void ParseFieldVariables(std::vector<VarDecl>* vars, bool is_const);

  // ---- Functions (parser_members.cc) ----
  void ParseFormalParameters(std::vector<Param>* params);
  Param ParseFormalParameter(ParamSection section);
  TypeNode* FunctionTypeOfParameters(const std::vector<Param>& params, TypeNode* return_type,
                                     uint32_t pos);
  // Parses `async`/`sync*`/... and the body into [function]. An arrow body of a declaration
  // ends with ';'; one of an expression does not. [allow_empty]: `;` instead of a body.
  void ParseFunctionBody(FunctionNode* function, bool is_expression, bool allow_empty);
  AsyncKind ParseAsyncModifier();

  // ---- Statements (parser_statements.cc) ----
  Stmt* ParseStatement();
  Block* ParseBlock();
  Stmt* ParseLocalFunction();
  VarDeclStmt* ParseLocalVariables(bool for_loop);
  Stmt* ParseIf();
  Stmt* ParseFor(uint32_t start, bool is_await);
  bool ParseForHeader(ForHeader* header);
  Stmt* ParseWhile();
  Stmt* ParseDoWhile();
  Stmt* ParseSwitch();
  // `var|final pattern = e;` at the current `var`/`final` token.
  Stmt* ParsePatternVarDecl();
  // True when the tokens from [index] start the pattern of a pattern variable declaration
  // (after `var`/`final`): `(`, `[`, `{`, `<`, or an object pattern `Type(`.
  bool IsDeclarationPatternStart(size_t index) const;

  // ---- Patterns (parser_patterns.cc) ----
  // kMatch: in a case or if-case (a bare name is a constant); kDeclareVar/kDeclareFinal: in a
  // `var`/`final` pattern declaration (a bare name declares a variable); kAssign: the left
  // side of a pattern assignment (a bare name is an existing variable).
  enum class PatternMode : uint8_t { kMatch, kDeclareVar, kDeclareFinal, kAssign };
  Pattern* ParsePattern(PatternMode mode);
  Pattern* ParseAndPattern(PatternMode mode);
  Pattern* ParseRelationalPattern(PatternMode mode);
  Pattern* ParsePrimaryPattern(PatternMode mode);
  Pattern* ParseParenthesizedPattern(PatternMode mode);
  Pattern* ParseObjectPattern(PatternMode mode);
  Pattern* ParseCollectionPattern(PatternMode mode);
  Expr* ParseSwitchExpression();
  // The pattern of a pattern assignment whose left side [e] was parsed as an expression, or
  // null when it is no such pattern.
  Pattern* ExprToAssignPattern(Expr* e);
  Stmt* ParseTry();
  Stmt* ParseReturn();
  Stmt* ParseBreakOrContinue();
  Stmt* ParseAssert();
  Stmt* ParseYield();
  Stmt* ParseLabeled();
  Stmt* ParseExpressionStatement();

  // ---- Expressions (parser_expressions.cc) ----
  Expr* ParseExpression() { return ParseExpressionImpl(true); }
  Expr* ParseExpressionWithoutCascade() { return ParseExpressionImpl(false); }
  Expr* ParseExpressionImpl(bool allow_cascade);
  Expr* ParseCascade(Expr* target);
  Expr* ParseConditional();
  Expr* ParseBinary(int min_precedence);
  Expr* ParseUnary();
  Expr* ParsePostfix();
  Expr* ParseSelectors(Expr* expr);
  Expr* ParsePrimary();
  Expr* ParseIdentifierExpression();
  Expr* ParseIntLiteral(bool negated);
  Expr* ParseStringLiterals();
  Expr* ParseParenthesized();
  Expr* ParseFunctionExpression();
  Expr* ParseListLiteral(bool is_const, TypeNode* type_arg, uint32_t start);
  Expr* ParseSetOrMapLiteral(bool is_const, std::vector<TypeNode*> type_args, uint32_t start);
  Expr* ParseCollectionLiteralWithTypeArgs(bool is_const, uint32_t start);
  Expr* ParseElement();
  Expr* ParseConst();
  Expr* ParseNew();
  // The class and constructor of `new`/`const` and redirecting factories.
  void ParseConstructorReference(TypeNode** type, std::string* constructor_name,
                                 bool split_ambiguous);
  bool ParseArguments(Arguments* args);
  bool IsAssignmentOperator(TokenKind kind) const;
  bool LooksLikeConditionalAfterQuestion() const;
  Expr* Placeholder();

  // ---- Types (parser_expressions.cc) ----
  // [in_expression]: after `is`/`as`, where `?` may instead begin a conditional expression.
  TypeNode* ParseType(bool in_expression = false);
  void ParseTypeArguments(std::vector<TypeNode*>* args);
  bool ExpectClosingAngle();
  // At '(': a record type `(int, String name, {bool flag})`, with its trailing '?'.
  TypeNode* ParseRecordType();
  void ParseFunctionTypeParameters(TypeNode* function_type);
  TypeNode* NamedType(std::string name, uint32_t pos);

  const SourceFile* source_;
  Diagnostics* diagnostics_;
  CompilationUnit* unit_;
  AstArena& arena_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  uint32_t first_unclosed_offset_;
  bool panic_ = false;
  int nesting_ = 0;
  bool seen_declaration_ = false;
  // The kind of the function whose body is being parsed: `await` and `yield` are keywords
  // only in async and generator bodies.
  AsyncKind async_kind_ = AsyncKind::kSync;
  // Inside `const` expressions and const variable initializers: literals and calls there are
  // constant (Dart's const context).
  bool in_const_ = false;
  // False while parsing a constructor initializer, whose `(x) {` starts the constructor body
  // rather than a function expression.
  bool allow_block_function_ = true;
};

// Counts one level of nesting for the lifetime of a parse function; too_deep() reports the
// limit once and the caller returns a placeholder.
class NestingGuard {
 public:
  explicit NestingGuard(Parser* parser);
  ~NestingGuard() { parser_->nesting_--; }
  bool too_deep() const { return too_deep_; }

 private:
  Parser* parser_;
  bool too_deep_;
};

// Counts the links of a left-deep chain that a parser loop builds without recursing
// (`a + b + c`, `x.f().g[0]!`, `T Function() Function()`). Each link nests the tree one level
// deeper, and the resolver and code generator recurse on that depth, so a link counts as one
// level of nesting until the loop ends: a chain of 100,000 links is the "too many nested"
// error, not a C++ stack overflow.
class ChainDepth {
 public:
  explicit ChainDepth(Parser* parser) : parser_(parser) {}
  ~ChainDepth() { parser_->nesting_ -= links_; }
  ChainDepth(const ChainDepth&) = delete;
  ChainDepth& operator=(const ChainDepth&) = delete;

  // Adds one link. Past Parser::kMaxNesting reports the error (which stops the loop: the
  // parser panics) and returns false.
  bool AddLink();

 private:
  Parser* parser_;
  int links_ = 0;
};

}  // namespace islet

#endif  // ISLET_COMPILER_PARSER_INTERNAL_H_
