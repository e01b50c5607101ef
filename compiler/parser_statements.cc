// The parser's statements: blocks, local variables and functions, control flow, switch with
// Dart 3 rules and patterns (case heads, if-case, pattern variable declarations and for-in),
// try/on/catch/finally, assert, labels, and yield. Recovery at statement level lives in
// parser.cc (SyncStatement); the loops here call it after each failed statement.

#include "compiler/parser_internal.h"

namespace islet {

Stmt* Parser::ParseStatement() {
  NestingGuard guard(this);
  if (guard.too_deep()) return nullptr;
  const Token& token = Cur();
  switch (token.kind) {
    case TokenKind::kLBrace:
      return ParseBlock();
    case TokenKind::kSemicolon:
      Advance();
      return arena_.New<Empty>(token.offset);
    case TokenKind::kIf:
      return ParseIf();
    case TokenKind::kFor:
      return ParseFor(token.offset, /*is_await=*/false);
    case TokenKind::kWhile:
      return ParseWhile();
    case TokenKind::kDo:
      return ParseDoWhile();
    case TokenKind::kSwitch:
      return ParseSwitch();
    case TokenKind::kTry:
      return ParseTry();
    case TokenKind::kReturn:
      return ParseReturn();
    case TokenKind::kBreak:
    case TokenKind::kContinue:
      return ParseBreakOrContinue();
    case TokenKind::kRethrow: {
      Advance();
      ExpectSemicolon();
      return arena_.New<Rethrow>(token.offset);
    }
    case TokenKind::kAssert:
      return ParseAssert();
    case TokenKind::kAt:
      // Metadata on a local declaration is parsed and ignored.
      ParseMetadata();
      if (panic_) return nullptr;
      return ParseStatement();
    case TokenKind::kAwait:
      if (Kind(1) == TokenKind::kFor) {
        if (async_kind_ != AsyncKind::kAsync && async_kind_ != AsyncKind::kAsyncStar) {
          SoftError(token,
                    "The asynchronous for-in can only be used in functions marked with 'async' "
                    "or 'async*'.");
        }
        Advance();
        return ParseFor(token.offset, /*is_await=*/true);
      }
      break;
    case TokenKind::kYield: {
      bool generator = async_kind_ == AsyncKind::kSyncStar || async_kind_ == AsyncKind::kAsyncStar;
      TokenKind next = Kind(1);
      bool looks_like_yield =
          next == TokenKind::kIdentifier || next == TokenKind::kInt || next == TokenKind::kDouble ||
          next == TokenKind::kString || next == TokenKind::kThis || next == TokenKind::kNull ||
          next == TokenKind::kTrue || next == TokenKind::kFalse || next == TokenKind::kLBracket ||
          next == TokenKind::kNew || next == TokenKind::kConst;
      if (generator || looks_like_yield) return ParseYield();
      break;
    }
    case TokenKind::kClass:
    case TokenKind::kEnum:
      Error(token, "Expected a statement.");
      return nullptr;
    default:
      break;
  }
  if (IsIdentifier(token) && Kind(1) == TokenKind::kColon) return ParseLabeled();
  if ((token.kind == TokenKind::kVar || token.kind == TokenKind::kFinal) &&
      IsDeclarationPatternStart(pos_ + 1)) {
    return ParsePatternVarDecl();
  }
  if (LooksLikeLocalFunction()) return ParseLocalFunction();
  if (LooksLikeLocalDeclaration()) {
    VarDeclStmt* decl = ParseLocalVariables(/*for_loop=*/false);
    if (!panic_) ExpectSemicolon();
    return decl;
  }
  return ParseExpressionStatement();
}

Block* Parser::ParseBlock() {
  auto* block = arena_.New<Block>(Cur().offset);
  if (!Expect(TokenKind::kLBrace)) return block;
  while (!At(TokenKind::kRBrace) && !AtEof()) {
    size_t before = pos_;
    Stmt* stmt = ParseStatement();
    if (stmt != nullptr && !panic_) block->statements.push_back(stmt);
    if (panic_) {
      if (pos_ == before) Advance();
      SyncStatement();
      panic_ = false;
    } else if (pos_ == before) {
      Error(Cur(), "Unexpected token '" + Lexeme(Cur()) + "'.");
      Advance();
      panic_ = false;
    }
  }
  block->end_pos = Cur().offset;
  Expect(TokenKind::kRBrace);
  return block;
}

Stmt* Parser::ParseLocalFunction() {
  uint32_t start = Cur().offset;
  auto* decl = arena_.New<FunctionDecl>(start);
  FunctionNode* function = arena_.NewFunction();
  function->pos = start;
  decl->function = function;
  size_t end = ScanType(pos_);
  if (end != 0 && IsIdentifierAt(end) &&
      (KindAt(end + 1) == TokenKind::kLParen || KindAt(end + 1) == TokenKind::kLt)) {
    function->return_type = ParseType();
  }
  decl->name = ParseIdentifier(&decl->name_pos);
  if (At(TokenKind::kLt)) function->type_params = ParseTypeParameters();
  ParseFormalParameters(&function->params);
  if (panic_) return nullptr;
  ParseFunctionBody(function, /*is_expression=*/false, /*allow_empty=*/false);
  return arena_.New<LocalFunction>(start, decl);
}

VarDeclStmt* Parser::ParseLocalVariables(bool for_loop) {
  auto* decl = arena_.New<VarDeclStmt>(Cur().offset);
  if (At(TokenKind::kLate)) {
    Advance();
    decl->is_late = true;
  }
  const Token* var = nullptr;
  if (At(TokenKind::kFinal)) {
    Advance();
    decl->is_final = true;
  } else if (At(TokenKind::kConst)) {
    Advance();
    decl->is_const = true;
    if (decl->is_late)
      SoftError(Previous(), "Members can't be declared to be both 'const' and 'late'.");
  } else if (At(TokenKind::kVar)) {
    var = &Advance();
  }
  size_t end = ScanType(pos_);
  if (end != 0 && IsIdentifierAt(end)) {
    if (var != nullptr) {
      SoftError(*var, "Variables can't be declared using both 'var' and a type name.");
    }
    decl->type = ParseType();
  }
  do {
    VarDecl v;
    v.name = ParseIdentifier(&v.pos);
    if (panic_) return decl;
    if (At(TokenKind::kEq)) {
      Advance();
      bool saved = in_const_;
      in_const_ = in_const_ || decl->is_const;
      v.initializer = ParseExpression();
      in_const_ = saved;
    }
    decl->vars.push_back(v);
  } while (!panic_ && !(for_loop && At(TokenKind::kIn)) && Match(TokenKind::kComma));
  return decl;
}

Stmt* Parser::ParseIf() {
  auto* stmt = arena_.New<If>(Cur().offset);
  Advance();
  if (!Expect(TokenKind::kLParen)) return stmt;
  stmt->condition = ParseExpression();
  if (!panic_ && Match(TokenKind::kCase)) {
    stmt->case_pattern = ParsePattern(PatternMode::kMatch);
    if (!panic_ && Match(TokenKind::kWhen)) stmt->guard = ParseExpression();
  }
  if (!Expect(TokenKind::kRParen)) return stmt;
  stmt->then_stmt = ParseStatement();
  if (panic_) return stmt;
  if (Match(TokenKind::kElse)) stmt->else_stmt = ParseStatement();
  return stmt;
}

bool Parser::ParseForHeader(ForHeader* header) {
  if (!Expect(TokenKind::kLParen)) return false;
  if ((At(TokenKind::kVar) || At(TokenKind::kFinal)) && IsDeclarationPatternStart(pos_ + 1)) {
    // for (var (a, b) in pairs): the loop binds a pattern.
    header->pattern_pos = Cur().offset;
    bool is_final = Advance().kind == TokenKind::kFinal;
    header->pattern =
        ParsePattern(is_final ? PatternMode::kDeclareFinal : PatternMode::kDeclareVar);
    header->pattern_final = is_final;
    if (panic_ || !Expect(TokenKind::kIn)) return false;
    header->is_for_in = true;
    header->iterable = ParseExpression();
    return Expect(TokenKind::kRParen);
  }
  if (At(TokenKind::kSemicolon)) {
    Advance();
  } else if (At(TokenKind::kVar) || At(TokenKind::kFinal) || At(TokenKind::kLate) ||
             At(TokenKind::kConst) || LooksLikeLocalDeclaration()) {
    VarDeclStmt* decl = ParseLocalVariables(/*for_loop=*/true);
    if (panic_) return false;
    if (At(TokenKind::kIn) || At(TokenKind::kColon)) {
      if (At(TokenKind::kColon)) SoftError(Cur(), "For-in loops use 'in' rather than a colon.");
      Advance();
      if (decl->vars.size() == 1 && decl->vars[0].initializer != nullptr) {
        SoftErrorAt(decl->vars[0].pos,
                    "The loop variable in a for-each loop can't be initialized.");
      }
      header->is_for_in = true;
      header->loop_var = decl;
      header->iterable = ParseExpression();
      return Expect(TokenKind::kRParen);
    }
    header->init = decl;
    if (!Expect(TokenKind::kSemicolon)) return false;
  } else {
    Expr* expr = ParseExpression();
    if (panic_) return false;
    if (At(TokenKind::kIn) || At(TokenKind::kColon)) {
      if (At(TokenKind::kColon)) SoftError(Cur(), "For-in loops use 'in' rather than a colon.");
      Advance();
      header->is_for_in = true;
      header->loop_target = expr;
      header->iterable = ParseExpression();
      return Expect(TokenKind::kRParen);
    }
    header->init_exprs.push_back(expr);
    while (Match(TokenKind::kComma) && !panic_) header->init_exprs.push_back(ParseExpression());
    if (!Expect(TokenKind::kSemicolon)) return false;
  }
  if (!At(TokenKind::kSemicolon)) header->condition = ParseExpression();
  if (!Expect(TokenKind::kSemicolon)) return false;
  if (!At(TokenKind::kRParen)) {
    do {
      header->updates.push_back(ParseExpression());
    } while (!panic_ && Match(TokenKind::kComma));
  }
  return Expect(TokenKind::kRParen);
}

Stmt* Parser::ParseFor(uint32_t start, bool is_await) {
  Advance();  // for
  ForHeader header;
  if (!ParseForHeader(&header)) return nullptr;
  if (is_await && !header.is_for_in) {
    SoftErrorAt(start, "The keyword 'await' isn't allowed for a normal 'for' statement.");
  }
  Stmt* body = ParseStatement();
  if (header.pattern != nullptr && body != nullptr) {
    // for (var (a, b) in pairs) body  is  for (final <hidden> in pairs) { var (a, b) = <hidden>;
    // body }. The hidden name is no Dart identifier, so no code can name it.
    const std::string hidden = ":for-in pattern";
    auto* loop_var = arena_.New<VarDeclStmt>(header.pattern_pos);
    loop_var->is_final = true;
    VarDecl var;
    var.name = hidden;
    var.pos = header.pattern_pos;
    loop_var->vars.push_back(var);
    header.loop_var = loop_var;
    auto* decl = arena_.New<PatternVarDecl>(header.pattern_pos);
    decl->is_final = header.pattern_final;
    decl->pattern = header.pattern;
    decl->value = arena_.New<Identifier>(header.pattern_pos, hidden);
    auto* block = arena_.New<Block>(body->pos);
    block->statements.push_back(decl);
    block->statements.push_back(body);
    body = block;
  }
  if (header.is_for_in) {
    auto* stmt = arena_.New<ForIn>(start);
    stmt->loop_var = header.loop_var;
    stmt->loop_target = header.loop_target;
    stmt->iterable = header.iterable;
    stmt->body = body;
    stmt->is_await = is_await;
    return stmt;
  }
  auto* stmt = arena_.New<For>(start);
  stmt->init = header.init;
  stmt->init_exprs = std::move(header.init_exprs);
  stmt->condition = header.condition;
  stmt->updates = std::move(header.updates);
  stmt->body = body;
  return stmt;
}

Stmt* Parser::ParseWhile() {
  auto* stmt = arena_.New<While>(Cur().offset);
  Advance();
  if (!Expect(TokenKind::kLParen)) return stmt;
  stmt->condition = ParseExpression();
  if (!Expect(TokenKind::kRParen)) return stmt;
  stmt->body = ParseStatement();
  return stmt;
}

Stmt* Parser::ParseDoWhile() {
  auto* stmt = arena_.New<DoWhile>(Cur().offset);
  Advance();
  stmt->body = ParseStatement();
  if (panic_) return stmt;
  if (!Expect(TokenKind::kWhile)) return stmt;
  if (!Expect(TokenKind::kLParen)) return stmt;
  stmt->condition = ParseExpression();
  if (!Expect(TokenKind::kRParen)) return stmt;
  ExpectSemicolon();
  return stmt;
}

Stmt* Parser::ParseSwitch() {
  auto* stmt = arena_.New<Switch>(Cur().offset);
  Advance();
  if (!Expect(TokenKind::kLParen)) return stmt;
  stmt->subject = ParseExpression();
  if (!Expect(TokenKind::kRParen)) return stmt;
  if (!At(TokenKind::kLBrace)) {
    Error(Cur(), "A switch statement must have a body, even if it is empty.");
    return stmt;
  }
  Advance();
  bool seen_default = false;
  auto at_labeled_case = [&] {
    return IsIdentifier(Cur()) && Kind(1) == TokenKind::kColon &&
           (Kind(2) == TokenKind::kCase || Kind(2) == TokenKind::kDefault ||
            (IsIdentifierAt(pos_ + 2) && Kind(3) == TokenKind::kColon));
  };
  while (!At(TokenKind::kRBrace) && !AtEof()) {
    SwitchCase switch_case;
    switch_case.pos = Cur().offset;
    bool any = false;
    while (!panic_) {
      if (at_labeled_case()) {
        switch_case.labels.push_back(Cur().value);
        Advance();
        Advance();
      } else if (At(TokenKind::kCase)) {
        if (seen_default) {
          SoftError(Cur(), "The default case should be the last case in a switch statement.");
        }
        Advance();
        Pattern* pattern = ParsePattern(PatternMode::kMatch);
        Expr* guard = nullptr;
        if (!panic_ && Match(TokenKind::kWhen)) guard = ParseExpression();
        switch_case.patterns.push_back(pattern);
        switch_case.guards.push_back(guard);
        if (guard == nullptr && pattern->pattern_kind == Pattern::kConstant) {
          switch_case.expressions.push_back(pattern->expr);
        } else {
          stmt->has_patterns = true;
        }
        Expect(TokenKind::kColon);
        any = true;
      } else if (At(TokenKind::kDefault)) {
        if (seen_default) SoftError(Cur(), "The 'default' case can only be declared once.");
        seen_default = true;
        Advance();
        Expect(TokenKind::kColon);
        switch_case.is_default = true;
        any = true;
      } else {
        break;
      }
    }
    if (!any && !panic_) Error(Cur(), "Expected to find 'case'.");
    if (panic_) {
      // Skip to the next case, default or the end of the switch.
      int depth = 0;
      while (!AtEof()) {
        TokenKind kind = Kind();
        if (depth == 0 && (kind == TokenKind::kCase || kind == TokenKind::kDefault ||
                           kind == TokenKind::kRBrace)) {
          break;
        }
        if (kind == TokenKind::kLBrace || kind == TokenKind::kLParen ||
            kind == TokenKind::kLBracket || kind == TokenKind::kInterpolationStart) {
          depth++;
        } else if ((kind == TokenKind::kRBrace || kind == TokenKind::kRParen ||
                    kind == TokenKind::kRBracket || kind == TokenKind::kInterpolationEnd) &&
                   depth > 0) {
          depth--;
        }
        Advance();
      }
      panic_ = false;
      stmt->cases.push_back(std::move(switch_case));
      continue;
    }
    while (!At(TokenKind::kCase) && !At(TokenKind::kDefault) && !At(TokenKind::kRBrace) &&
           !AtEof() && !at_labeled_case()) {
      size_t before = pos_;
      Stmt* body = ParseStatement();
      if (body != nullptr && !panic_) switch_case.body.push_back(body);
      if (panic_) {
        if (pos_ == before) Advance();
        SyncStatement(/*in_switch=*/true);
        panic_ = false;
      } else if (pos_ == before) {
        Error(Cur(), "Unexpected token '" + Lexeme(Cur()) + "'.");
        Advance();
        panic_ = false;
      }
    }
    stmt->cases.push_back(std::move(switch_case));
  }
  Expect(TokenKind::kRBrace);
  return stmt;
}

Stmt* Parser::ParsePatternVarDecl() {
  auto* decl = arena_.New<PatternVarDecl>(Cur().offset);
  decl->is_final = Advance().kind == TokenKind::kFinal;
  decl->pattern =
      ParsePattern(decl->is_final ? PatternMode::kDeclareFinal : PatternMode::kDeclareVar);
  if (panic_) return decl;
  if (!At(TokenKind::kEq)) {
    Error(Cur(), "A pattern variable declaration must have an initializer.");
    return decl;
  }
  Advance();
  decl->value = ParseExpression();
  if (!panic_) ExpectSemicolon();
  return decl;
}

bool Parser::IsDeclarationPatternStart(size_t index) const {
  TokenKind kind = KindAt(index);
  if (kind == TokenKind::kLParen) {
    // `final (a, b) = ...` is a pattern; `final (int, String) pair = ...` a record type.
    size_t close = MatchingClose(index);
    return close != 0 && !IsIdentifierAt(close + 1) && KindAt(close + 1) != TokenKind::kQuestion;
  }
  if (kind == TokenKind::kLBracket || kind == TokenKind::kLBrace) return true;
  if (kind == TokenKind::kLt) {
    size_t end = ScanTypeArguments(index);
    return end != 0 && (KindAt(end) == TokenKind::kLBracket || KindAt(end) == TokenKind::kLBrace);
  }
  size_t end = ScanType(index);
  return end != 0 && KindAt(end) == TokenKind::kLParen && IsTypeNameToken(TokenAt(index));
}

Stmt* Parser::ParseTry() {
  const Token& start = Cur();
  auto* stmt = arena_.New<Try>(start.offset);
  Advance();
  if (!At(TokenKind::kLBrace)) {
    Error(Cur(), "A try statement must have a body, even if it is empty.");
    return stmt;
  }
  stmt->body = ParseBlock();
  while ((At(TokenKind::kOn) || At(TokenKind::kCatch)) && !panic_) {
    CatchClause clause;
    clause.pos = Cur().offset;
    if (Match(TokenKind::kOn)) clause.on_type = ParseType();
    if (At(TokenKind::kCatch)) {
      Advance();
      if (!Expect(TokenKind::kLParen)) break;
      if (!IsIdentifier(Cur()) || (Kind(1) != TokenKind::kComma && Kind(1) != TokenKind::kRParen)) {
        Error(Cur(), "'catch' must be followed by '(identifier)' or '(identifier, identifier)'.");
        break;
      }
      clause.exception_name = ParseIdentifier(&clause.exception_pos);
      if (Match(TokenKind::kComma)) {
        clause.stack_name = ParseIdentifier(&clause.stack_pos);
        if (At(TokenKind::kComma)) {
          Error(Cur(), "'catch' must be followed by '(identifier)' or '(identifier, identifier)'.");
          break;
        }
      }
      if (!Expect(TokenKind::kRParen)) break;
    }
    if (panic_) break;
    if (!At(TokenKind::kLBrace)) {
      Error(Cur(), "A catch clause must have a body, even if it is empty.");
      break;
    }
    clause.body = ParseBlock();
    stmt->catches.push_back(clause);
  }
  if (panic_) return stmt;
  if (Match(TokenKind::kFinally)) {
    if (!At(TokenKind::kLBrace)) {
      Error(Cur(), "A finally clause must have a body, even if it is empty.");
      return stmt;
    }
    stmt->finally_block = ParseBlock();
  }
  if (stmt->catches.empty() && stmt->finally_block == nullptr) {
    SoftError(start, "A try block must be followed by an 'on', 'catch', or 'finally' clause.");
  }
  return stmt;
}

Stmt* Parser::ParseReturn() {
  const Token& keyword = Advance();
  auto* stmt = arena_.New<Return>(keyword.offset);
  if (!At(TokenKind::kSemicolon)) {
    if (async_kind_ == AsyncKind::kSyncStar || async_kind_ == AsyncKind::kAsyncStar) {
      SoftError(keyword, "'sync*' and 'async*' can't return a value.");
    }
    stmt->value = ParseExpression();
  }
  if (!panic_) ExpectSemicolon();
  return stmt;
}

Stmt* Parser::ParseBreakOrContinue() {
  const Token& keyword = Advance();
  std::string label;
  if (IsIdentifier(Cur())) label = Advance().value;
  if (!panic_) ExpectSemicolon();
  if (keyword.kind == TokenKind::kBreak) {
    auto* stmt = arena_.New<Break>(keyword.offset);
    stmt->label = label;
    return stmt;
  }
  auto* stmt = arena_.New<Continue>(keyword.offset);
  stmt->label = label;
  return stmt;
}

Stmt* Parser::ParseAssert() {
  auto* stmt = arena_.New<Assert>(Cur().offset);
  Advance();
  if (!Expect(TokenKind::kLParen)) return stmt;
  stmt->condition_start = Cur().offset;
  stmt->condition = ParseExpression();
  stmt->condition_end = PreviousEnd();
  if (Match(TokenKind::kComma) && !At(TokenKind::kRParen)) {
    stmt->message = ParseExpression();
    Match(TokenKind::kComma);
  }
  if (!Expect(TokenKind::kRParen)) return stmt;
  stmt->end_pos = PreviousEnd();
  ExpectSemicolon();
  return stmt;
}

Stmt* Parser::ParseYield() {
  const Token& keyword = Advance();
  if (async_kind_ != AsyncKind::kSyncStar && async_kind_ != AsyncKind::kAsyncStar) {
    SoftError(keyword, "'yield' can only be used in 'sync*' or 'async*' methods.");
  }
  bool star = Match(TokenKind::kStar);
  Expr* value = ParseExpression();
  if (!panic_) ExpectSemicolon();
  return arena_.New<Yield>(keyword.offset, value, star);
}

Stmt* Parser::ParseLabeled() {
  auto* stmt = arena_.New<Labeled>(Cur().offset);
  while (IsIdentifier(Cur()) && Kind(1) == TokenKind::kColon) {
    stmt->labels.push_back(Advance().value);
    Advance();
  }
  stmt->body = ParseStatement();
  return stmt;
}

Stmt* Parser::ParseExpressionStatement() {
  uint32_t start = Cur().offset;
  Expr* expr = ParseExpression();
  if (panic_) return nullptr;
  ExpectSemicolon();
  return arena_.New<ExprStmt>(start, expr);
}

}  // namespace islet
