// The parser's expressions (precedence climbing over token.def's precedences, with assignment,
// conditional and cascade above them and unary, postfix and selectors below), literals
// (numbers, adjacent and interpolated strings, collections with spread/if/for elements),
// function expressions, constructor calls, and type annotations with `>>` splitting.

#include <cerrno>
#include <cstdlib>
#include <limits>

#include "compiler/parser_internal.h"

namespace islet {

namespace {

// The spelling an AST operator string uses for an assignment token ("=", "+=", "??=").
bool IsComparisonNode(const Expr* expr, int precedence) {
  if (expr->kind != NodeKind::kBinary) return false;
  const std::string& op = static_cast<const Binary*>(expr)->op;
  if (precedence == 7) return op == "==" || op == "!=";
  return op == "<" || op == ">" || op == "<=" || op == ">=";
}

bool IsAssignable(const Expr* expr) {
  return expr->kind == NodeKind::kIdentifier || expr->kind == NodeKind::kPropertyGet ||
         expr->kind == NodeKind::kIndex;
}

}  // namespace

Expr* Parser::Placeholder() { return arena_.New<NullLiteral>(Cur().offset); }

bool Parser::IsAssignmentOperator(TokenKind kind) const {
  switch (kind) {
    case TokenKind::kEq:
    case TokenKind::kPlusEq:
    case TokenKind::kMinusEq:
    case TokenKind::kStarEq:
    case TokenKind::kSlashEq:
    case TokenKind::kTildeSlashEq:
    case TokenKind::kPercentEq:
    case TokenKind::kLtLtEq:
    case TokenKind::kGtGtEq:
    case TokenKind::kGtGtGtEq:
    case TokenKind::kAmpEq:
    case TokenKind::kBarEq:
    case TokenKind::kCaretEq:
    case TokenKind::kQuestionQuestionEq:
      return true;
    default:
      return false;
  }
}

Expr* Parser::ParseExpressionImpl(bool allow_cascade) {
  NestingGuard guard(this);
  if (guard.too_deep()) return Placeholder();
  if (At(TokenKind::kThrow)) {
    const Token& keyword = Advance();
    if (At(TokenKind::kSemicolon) || At(TokenKind::kRParen)) {
      Error(keyword, "Missing expression after 'throw'.");
      return Placeholder();
    }
    return arena_.New<Throw>(keyword.offset, ParseExpressionImpl(allow_cascade));
  }
  Expr* expr = ParseConditional();
  if (panic_) return expr;
  if (At(TokenKind::kEq) &&
      (expr->kind == NodeKind::kRecordLiteral || expr->kind == NodeKind::kListLiteral)) {
    // (a, b) = (b, a); [x, y] = list;  a pattern assignment.
    Pattern* pattern = ExprToAssignPattern(expr);
    if (pattern != nullptr) {
      Advance();
      Expr* value = ParseExpressionImpl(allow_cascade);
      return arena_.New<PatternAssign>(expr->pos, pattern, value);
    }
  }
  if (IsAssignmentOperator(Kind())) {
    const Token& op = Advance();
    if (!IsAssignable(expr)) {
      SoftError(op, "Illegal assignment to non-assignable expression.");
    }
    Expr* value = ParseExpressionImpl(allow_cascade);
    auto* assign = arena_.New<Assign>(expr->pos, TokenKindSpelling(op.kind), expr, value);
    assign->op_pos = op.offset;
    return assign;
  }
  if (allow_cascade && (At(TokenKind::kDotDot) || At(TokenKind::kQuestionDotDot))) {
    return ParseCascade(expr);
  }
  return expr;
}

Expr* Parser::ParseCascade(Expr* target) {
  auto* cascade = arena_.New<Cascade>(target->pos, target);
  bool first = true;
  while ((At(TokenKind::kDotDot) || At(TokenKind::kQuestionDotDot)) && !panic_) {
    const Token& dots = Advance();
    if (dots.kind == TokenKind::kQuestionDotDot) {
      if (first) {
        cascade->null_aware = true;
      } else {
        SoftError(dots, "The '?..' cascade operator must be first in the cascade sequence.");
      }
    }
    first = false;
    Expr* receiver = arena_.New<CascadeReceiver>(dots.offset);
    Expr* section = receiver;
    if (!At(TokenKind::kLBracket)) {
      uint32_t name_pos;
      std::string name = ParseIdentifier(&name_pos);
      if (panic_) break;
      if (At(TokenKind::kLParen) || (At(TokenKind::kLt) && LooksLikeGenericCall())) {
        auto* call = arena_.New<Invocation>(dots.offset, receiver, name);
        call->name_pos = name_pos;
        call->in_const_context = in_const_;
        if (At(TokenKind::kLt)) ParseTypeArguments(&call->type_args);
        ParseArguments(&call->args);
        section = call;
      } else {
        auto* get = arena_.New<PropertyGet>(dots.offset, receiver, name);
        get->name_pos = name_pos;
        section = get;
      }
    }
    section = ParseSelectors(section);
    if (panic_) break;
    if (IsAssignmentOperator(Kind())) {
      const Token& op = Advance();
      if (!IsAssignable(section)) {
        SoftError(op, "Illegal assignment to non-assignable expression.");
      }
      Expr* value = ParseExpressionWithoutCascade();
      auto* assign = arena_.New<Assign>(section->pos, TokenKindSpelling(op.kind), section, value);
      assign->op_pos = op.offset;
      section = assign;
    } else if (At(TokenKind::kPlusPlus) || At(TokenKind::kMinusMinus)) {
      bool inc = Advance().kind == TokenKind::kPlusPlus;
      section = arena_.New<Update>(section->pos, inc, /*pre=*/false, section);
    }
    cascade->sections.push_back(section);
  }
  return cascade;
}

Expr* Parser::ParseConditional() {
  Expr* condition = ParseBinary(4);
  if (panic_ || !At(TokenKind::kQuestion)) return condition;
  Advance();
  Expr* then_expr = ParseExpressionWithoutCascade();
  if (panic_) return condition;
  if (!Expect(TokenKind::kColon)) return condition;
  Expr* else_expr = ParseExpressionWithoutCascade();
  return arena_.New<Conditional>(condition->pos, condition, then_expr, else_expr);
}

Expr* Parser::ParseBinary(int min_precedence) {
  Expr* left = ParseUnary();
  ChainDepth chain(this);
  while (!panic_) {
    TokenKind kind = Kind();
    int precedence = BinaryPrecedence(kind);
    if (kind == TokenKind::kIs || kind == TokenKind::kAs) precedence = 8;
    if (precedence == 0 || precedence < min_precedence) break;
    if (!chain.AddLink()) break;
    const Token& op = Advance();
    if (kind == TokenKind::kIs) {
      bool negated = Match(TokenKind::kBang);
      TypeNode* type = ParseType(/*in_expression=*/true);
      left = arena_.New<Is>(left->pos, left, type, negated);
      continue;
    }
    if (kind == TokenKind::kAs) {
      TypeNode* type = ParseType(/*in_expression=*/true);
      left = arena_.New<As>(left->pos, left, type);
      continue;
    }
    if ((precedence == 7 || precedence == 8) && IsComparisonNode(left, precedence)) {
      // Dart's equality and relational operators do not chain: `a == b == c` is an error.
      SoftError(op,
                "A comparison expression can't be an operand of another comparison expression.");
    }
    Expr* right = ParseBinary(precedence + 1);
    auto* binary = arena_.New<Binary>(left->pos, TokenKindSpelling(kind), left, right);
    binary->op_pos = op.offset;
    left = binary;
  }
  return left;
}

Expr* Parser::ParseUnary() {
  NestingGuard guard(this);
  if (guard.too_deep()) return Placeholder();
  const Token& token = Cur();
  switch (token.kind) {
    case TokenKind::kMinus: {
      Advance();
      // -9223372036854775808 is the one decimal literal beyond int64's maximum that is valid.
      if (At(TokenKind::kInt) && Kind(1) != TokenKind::kDot && Kind(1) != TokenKind::kQuestionDot &&
          Kind(1) != TokenKind::kLBracket && Kind(1) != TokenKind::kLParen &&
          Kind(1) != TokenKind::kDotDot && Kind(1) != TokenKind::kBang) {
        Expr* literal = ParseIntLiteral(/*negated=*/true);
        return literal;
      }
      return arena_.New<Unary>(token.offset, "-", ParseUnary());
    }
    case TokenKind::kBang:
      Advance();
      return arena_.New<Unary>(token.offset, "!", ParseUnary());
    case TokenKind::kTilde:
      Advance();
      return arena_.New<Unary>(token.offset, "~", ParseUnary());
    case TokenKind::kPlusPlus:
    case TokenKind::kMinusMinus: {
      Advance();
      Expr* operand = ParseUnary();
      if (!panic_ && !IsAssignable(operand)) {
        SoftErrorAt(operand->pos, "Illegal assignment to non-assignable expression.");
      }
      return arena_.New<Update>(token.offset, token.kind == TokenKind::kPlusPlus, /*pre=*/true,
                                operand);
    }
    case TokenKind::kPlus:
      Error(token, "'+' is not a prefix operator.");
      return Placeholder();
    case TokenKind::kAwait: {
      if (async_kind_ == AsyncKind::kSync) {
        // Outside async bodies `await` is an identifier, unless it is plainly used as the
        // operator: then say what is wrong.
        TokenKind next = Kind(1);
        bool looks_like_await =
            next == TokenKind::kIdentifier || next == TokenKind::kThis || next == TokenKind::kNew ||
            next == TokenKind::kString || next == TokenKind::kInt || next == TokenKind::kDouble ||
            next == TokenKind::kLBracket || (KeywordClassOf(next) == KeywordClass::kBuiltIn);
        if (!looks_like_await) break;
        SoftError(token, "'await' can only be used in 'async' or 'async*' methods.");
      }
      Advance();
      return arena_.New<Await>(token.offset, ParseUnary());
    }
    default:
      break;
  }
  return ParsePostfix();
}

Expr* Parser::ParsePostfix() {
  Expr* expr = ParsePrimary();
  if (panic_) return expr;
  expr = ParseSelectors(expr);
  if (panic_) return expr;
  if (At(TokenKind::kPlusPlus) || At(TokenKind::kMinusMinus)) {
    const Token& op = Advance();
    if (!IsAssignable(expr)) SoftError(op, "Illegal assignment to non-assignable expression.");
    return arena_.New<Update>(expr->pos, op.kind == TokenKind::kPlusPlus, /*pre=*/false, expr);
  }
  return expr;
}

bool Parser::LooksLikeConditionalAfterQuestion() const {
  // At `?` followed by `[`: `a ? [1] : b` is a conditional, `a?[1]` an index. Count `?` and
  // `:` at this nesting level until the expression must have ended.
  size_t close = MatchingClose(pos_ + 1);
  if (close == 0) return true;
  int pending = 1;
  int depth = 0;
  for (size_t i = close + 1; i < tokens_.size(); i++) {
    TokenKind kind = tokens_[i].kind;
    if (kind == TokenKind::kLParen || kind == TokenKind::kLBracket || kind == TokenKind::kLBrace ||
        kind == TokenKind::kInterpolationStart) {
      depth++;
    } else if (kind == TokenKind::kRParen || kind == TokenKind::kRBracket ||
               kind == TokenKind::kRBrace || kind == TokenKind::kInterpolationEnd) {
      if (--depth < 0) return false;
    } else if (depth == 0) {
      if (kind == TokenKind::kQuestion) pending++;
      if (kind == TokenKind::kColon && --pending == 0) return true;
      if (kind == TokenKind::kSemicolon || kind == TokenKind::kComma || kind == TokenKind::kEof) {
        return false;
      }
    }
  }
  return false;
}

Expr* Parser::ParseSelectors(Expr* expr) {
  ChainDepth chain(this);
  while (!panic_) {
    const Token& token = Cur();
    switch (token.kind) {
      case TokenKind::kDot:
      case TokenKind::kQuestionDot:
      case TokenKind::kQuestion:
      case TokenKind::kLBracket:
      case TokenKind::kLParen:
      case TokenKind::kBang:
        if (!chain.AddLink()) return expr;
        break;
      default:
        return expr;
    }
    switch (token.kind) {
      case TokenKind::kDot:
      case TokenKind::kQuestionDot: {
        Advance();
        bool null_aware = token.kind == TokenKind::kQuestionDot;
        if (null_aware && expr->kind == NodeKind::kSuper) {
          SoftError(token,
                    "The operator '?.' cannot be used with 'super' because 'super' cannot be "
                    "null.");
        }
        uint32_t name_pos;
        std::string name;
        if (At(TokenKind::kNew)) {
          // A constructor tear-off `C.new` (Dart 2.15).
          name_pos = Cur().offset;
          name = "new";
          Advance();
        } else {
          name = ParseIdentifier(&name_pos);
        }
        if (panic_) return expr;
        if (expr->kind == NodeKind::kIdentifier && !null_aware && At(TokenKind::kLt) &&
            LooksLikeGenericCall()) {
          size_t end = ScanTypeArguments(pos_);
          if (KindAt(end) == TokenKind::kDot && IsIdentifierAt(end + 1) &&
              KindAt(end + 2) == TokenKind::kLParen) {
            // prefix.C<T>.named(...) can only be a constructor call.
            TypeNode* type =
                NamedType(static_cast<Identifier*>(expr)->name + "." + name, expr->pos);
            ParseTypeArguments(&type->args);
            if (panic_) return expr;
            Advance();  // '.'
            auto* call = arena_.New<ConstructorCall>(expr->pos);
            call->is_const = in_const_;
            call->type = type;
            call->constructor_name = ParseIdentifier();
            ParseArguments(&call->args);
            expr = call;
            break;
          }
        }
        if (At(TokenKind::kLParen) || (At(TokenKind::kLt) && LooksLikeGenericCall() &&
                                       KindAt(ScanTypeArguments(pos_)) == TokenKind::kLParen)) {
          auto* call = arena_.New<Invocation>(expr->pos, expr, name);
          call->name_pos = name_pos;
          call->null_aware = null_aware;
          call->in_const_context = in_const_;
          if (At(TokenKind::kLt)) ParseTypeArguments(&call->type_args);
          ParseArguments(&call->args);
          expr = call;
        } else {
          auto* get = arena_.New<PropertyGet>(expr->pos, expr, name);
          get->name_pos = name_pos;
          get->null_aware = null_aware;
          expr = get;
        }
        break;
      }
      case TokenKind::kQuestion:
        if (Kind(1) != TokenKind::kLBracket || LooksLikeConditionalAfterQuestion()) return expr;
        [[fallthrough]];
      case TokenKind::kLBracket: {
        bool null_aware = token.kind == TokenKind::kQuestion;
        if (null_aware) Advance();
        Advance();
        Expr* index = ParseExpression();
        if (!Expect(TokenKind::kRBracket)) return expr;
        auto* node = arena_.New<Index>(expr->pos, expr, index);
        node->null_aware = null_aware;
        expr = node;
        break;
      }
      case TokenKind::kLParen: {
        auto* call = arena_.New<FunctionCall>(expr->pos, expr);
        ParseArguments(&call->args);
        expr = call;
        break;
      }
      case TokenKind::kBang:
        Advance();
        expr = arena_.New<NullCheck>(expr->pos, expr);
        break;
      default:
        return expr;
    }
  }
  return expr;
}

Expr* Parser::ParsePrimary() {
  NestingGuard guard(this);
  if (guard.too_deep()) return Placeholder();
  const Token& token = Cur();
  switch (token.kind) {
    case TokenKind::kInt:
      return ParseIntLiteral(/*negated=*/false);
    case TokenKind::kDouble: {
      Advance();
      return arena_.New<DoubleLiteral>(token.offset, std::strtod(token.value.c_str(), nullptr));
    }
    case TokenKind::kString:
      return ParseStringLiterals();
    case TokenKind::kTrue:
    case TokenKind::kFalse:
      Advance();
      return arena_.New<BoolLiteral>(token.offset, token.kind == TokenKind::kTrue);
    case TokenKind::kNull:
      Advance();
      return arena_.New<NullLiteral>(token.offset);
    case TokenKind::kThis:
      Advance();
      return arena_.New<This>(token.offset);
    case TokenKind::kSuper:
      Advance();
      return arena_.New<Super>(token.offset);
    case TokenKind::kLParen:
      if (LooksLikeFunctionExpression()) return ParseFunctionExpression();
      return ParseParenthesized();
    case TokenKind::kLBracket:
      return ParseListLiteral(in_const_, nullptr, token.offset);
    case TokenKind::kLBrace:
      return ParseSetOrMapLiteral(in_const_, {}, token.offset);
    case TokenKind::kLt: {
      size_t end = ScanTypeArguments(pos_);
      if (end != 0 && KindAt(end) == TokenKind::kLParen) return ParseFunctionExpression();
      return ParseCollectionLiteralWithTypeArgs(in_const_, token.offset);
    }
    case TokenKind::kConst:
      return ParseConst();
    case TokenKind::kNew:
      return ParseNew();
    case TokenKind::kThrow: {
      Advance();
      return arena_.New<Throw>(token.offset, ParseExpressionWithoutCascade());
    }
    case TokenKind::kHash: {
      // #name, #a.b.c or #+ (a user-definable operator): the same object as
      // `const Symbol('name')`.
      Advance();
      std::string name;
      if (IsIdentifier(Cur())) {
        name = Advance().value;
        while (At(TokenKind::kDot) && IsIdentifier(Peek(1))) {
          Advance();
          name += "." + Advance().value;
        }
      } else {
        name = ParseOperatorName();
        if (name.empty()) return Placeholder();
      }
      auto* call = arena_.New<ConstructorCall>(token.offset);
      call->is_const = true;
      call->type = arena_.NewType();
      call->type->pos = token.offset;
      call->type->name = "Symbol";
      call->args.positional.push_back(arena_.New<StringLiteral>(token.offset, name));
      return call;
    }
    case TokenKind::kSwitch:
      return ParseSwitchExpression();
    default:
      break;
  }
  if (IsIdentifier(token)) return ParseIdentifierExpression();
  ErrorExpectedIdentifier(token);
  return Placeholder();
}

Expr* Parser::ParseIdentifierExpression() {
  const Token& token = Advance();
  if (At(TokenKind::kLParen)) {
    auto* call = arena_.New<Invocation>(token.offset, nullptr, token.value);
    call->name_pos = token.offset;
    call->in_const_context = in_const_;
    ParseArguments(&call->args);
    return call;
  }
  if (At(TokenKind::kLt) && LooksLikeGenericCall()) {
    size_t end = ScanTypeArguments(pos_);
    TypeNode* type = NamedType(token.value, token.offset);
    ParseTypeArguments(&type->args);
    if (panic_) return Placeholder();
    (void)end;
    if (At(TokenKind::kLParen)) {
      auto* call = arena_.New<Invocation>(token.offset, nullptr, token.value);
      call->name_pos = token.offset;
      call->type_args = type->args;
      call->in_const_context = in_const_;
      ParseArguments(&call->args);
      return call;
    }
    if (At(TokenKind::kDot) && IsIdentifierAt(pos_ + 1) && Kind(2) == TokenKind::kLParen) {
      // C<T>.named(...) can only be a constructor call.
      Advance();
      auto* call = arena_.New<ConstructorCall>(token.offset);
      call->is_const = in_const_;
      call->type = type;
      call->constructor_name = ParseIdentifier();
      ParseArguments(&call->args);
      return call;
    }
    return arena_.New<TypeLiteral>(token.offset, type);
  }
  return arena_.New<Identifier>(token.offset, token.value);
}

Expr* Parser::ParseIntLiteral(bool negated) {
  const Token& token = Advance();
  const std::string& digits = token.value;
  uint32_t pos = negated ? Previous().offset : token.offset;
  if (negated) pos = tokens_[pos_ - 2].offset;
  auto out_of_range = [&] {
    SoftError(token, "The integer literal " + std::string(negated ? "-" : "") + Lexeme(token) +
                         " can't be represented in 64 bits.");
    return arena_.New<IntLiteral>(pos, 0);
  };
  uint64_t value = 0;
  if (digits.size() > 2 && (digits[1] == 'x' || digits[1] == 'X')) {
    // Hexadecimal literals up to 2^64-1 wrap into negative ints, as in Dart.
    for (size_t i = 2; i < digits.size(); i++) {
      char c = digits[i];
      int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
      if (value > (std::numeric_limits<uint64_t>::max() >> 4)) return out_of_range();
      value = value * 16 + d;
    }
    auto result = static_cast<int64_t>(value);
    if (negated) {
      return arena_.New<Unary>(pos, "-", arena_.New<IntLiteral>(token.offset, result));
    }
    return arena_.New<IntLiteral>(pos, result);
  }
  for (char c : digits) {
    uint64_t d = c - '0';
    if (value > (std::numeric_limits<uint64_t>::max() - d) / 10) return out_of_range();
    value = value * 10 + d;
  }
  constexpr uint64_t kMax = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
  if (negated) {
    if (value > kMax + 1) return out_of_range();
    if (value == kMax + 1) return arena_.New<IntLiteral>(pos, std::numeric_limits<int64_t>::min());
    return arena_.New<Unary>(pos, "-",
                             arena_.New<IntLiteral>(token.offset, static_cast<int64_t>(value)));
  }
  if (value > kMax) return out_of_range();
  return arena_.New<IntLiteral>(pos, static_cast<int64_t>(value));
}

Expr* Parser::ParseStringLiterals() {
  // Adjacent literals ('a' "b" '''c''') are one string; interpolations split it into parts.
  uint32_t start = Cur().offset;
  std::vector<std::string> strings(1);
  std::vector<Expr*> exprs;
  while (At(TokenKind::kString) && !panic_) {
    const Token* piece = &Advance();
    strings.back() += piece->value;
    while (!piece->string_closes && !panic_) {
      if (At(TokenKind::kInterpolationStart)) {
        Advance();
        bool saved_const = in_const_;
        in_const_ = false;
        Expr* expr = ParseExpression();
        in_const_ = saved_const;
        if (panic_) break;
        exprs.push_back(expr);
        if (!Expect(TokenKind::kInterpolationEnd)) break;
      } else if (At(TokenKind::kThis)) {
        exprs.push_back(arena_.New<This>(Advance().offset));
      } else if (IsIdentifier(Cur()) || IsKeyword(Cur().kind)) {
        if (!IsIdentifier(Cur())) {
          ErrorExpectedIdentifier(Cur());
          break;
        }
        const Token& name = Advance();
        exprs.push_back(arena_.New<Identifier>(name.offset, name.value));
      } else {
        ErrorExpectedIdentifier(Cur());
        break;
      }
      strings.emplace_back();
      if (!At(TokenKind::kString)) {
        // The lexer always follows an interpolation with the next piece of the string.
        ErrorExpectedIdentifier(Cur());
        break;
      }
      piece = &Advance();
      strings.back() += piece->value;
    }
  }
  if (exprs.empty()) return arena_.New<StringLiteral>(start, std::move(strings[0]));
  auto* node = arena_.New<StringInterpolation>(start);
  strings.resize(exprs.size() + 1);
  node->strings = std::move(strings);
  node->exprs = std::move(exprs);
  return node;
}

Expr* Parser::ParseParenthesized() {
  const Token& open = Advance();
  bool saved = allow_block_function_;
  allow_block_function_ = true;
  // A parenthesized expression, or a record literal: `()`, `(e,)`, `(e1, e2)`, `(name: e)`.
  RecordLiteral* record = nullptr;
  Expr* expr = nullptr;
  if (At(TokenKind::kRParen)) {
    record = arena_.New<RecordLiteral>(open.offset);
  } else if (!(IsIdentifier(Cur()) && Kind(1) == TokenKind::kColon)) {
    expr = ParseExpression();
    if (!panic_ && At(TokenKind::kComma)) {
      record = arena_.New<RecordLiteral>(open.offset);
      record->fields.positional.push_back(expr);
      record->fields.order.push_back(true);
      Advance();
    }
  } else {
    record = arena_.New<RecordLiteral>(open.offset);
  }
  while (record != nullptr && !panic_ && !At(TokenKind::kRParen) && !AtEof()) {
    if (IsIdentifier(Cur()) && Kind(1) == TokenKind::kColon) {
      NamedArg named;
      named.pos = Cur().offset;
      named.name = Advance().value;
      Advance();
      named.value = ParseExpression();
      record->fields.named.push_back(named);
      record->fields.order.push_back(false);
    } else {
      record->fields.positional.push_back(ParseExpression());
      record->fields.order.push_back(true);
    }
    if (!Match(TokenKind::kComma)) break;
  }
  allow_block_function_ = saved;
  if (panic_) return record != nullptr ? record : expr;
  Expect(TokenKind::kRParen);
  return record != nullptr ? record : expr;
}

Expr* Parser::ParseFunctionExpression() {
  uint32_t start = Cur().offset;
  FunctionNode* function = arena_.NewFunction();
  function->pos = start;
  if (At(TokenKind::kLt)) function->type_params = ParseTypeParameters();
  ParseFormalParameters(&function->params);
  if (panic_) return Placeholder();
  ParseFunctionBody(function, /*is_expression=*/true, /*allow_empty=*/false);
  return arena_.New<FunctionExpr>(start, function);
}

Expr* Parser::ParseCollectionLiteralWithTypeArgs(bool is_const, uint32_t start) {
  std::vector<TypeNode*> type_args;
  ParseTypeArguments(&type_args);
  if (panic_) return Placeholder();
  if (At(TokenKind::kLBracket)) {
    if (type_args.size() != 1) {
      SoftErrorAt(start, "List literal requires exactly one type argument.");
    }
    return ParseListLiteral(is_const, type_args.empty() ? nullptr : type_args[0], start);
  }
  if (At(TokenKind::kLBrace)) {
    if (type_args.size() > 2) {
      SoftErrorAt(start,
                  "A set or map literal requires exactly one or two type arguments, "
                  "respectively.");
    }
    return ParseSetOrMapLiteral(is_const, std::move(type_args), start);
  }
  Error(Cur(), "Expected '[' before this.");
  return Placeholder();
}

Expr* Parser::ParseListLiteral(bool is_const, TypeNode* type_arg, uint32_t start) {
  auto* list = arena_.New<ListLiteral>(start);
  list->is_const = is_const;
  list->type_arg = type_arg;
  bool saved = in_const_;
  in_const_ = is_const;
  Expect(TokenKind::kLBracket);
  while (!At(TokenKind::kRBracket) && !AtEof() && !panic_) {
    Expr* element = ParseElement();
    if (panic_) break;
    if (element->kind == NodeKind::kMapEntryElement) {
      SoftErrorAt(static_cast<MapEntryElement*>(element)->value->pos, "Expected ',' before this.");
    }
    list->elements.push_back(element);
    if (!Match(TokenKind::kComma)) break;
  }
  if (!panic_) Expect(TokenKind::kRBracket);
  in_const_ = saved;
  return list;
}

namespace {

// What the leaves of an element say about the literal that holds it: a map entry, a plain
// expression, or nothing decisive (spreads only).
void ClassifyElement(const Expr* element, bool* has_entry, bool* has_expression) {
  switch (element->kind) {
    case NodeKind::kMapEntryElement:
      *has_entry = true;
      break;
    case NodeKind::kSpreadElement:
      break;
    case NodeKind::kIfElement: {
      auto* node = static_cast<const IfElement*>(element);
      if (node->then_element) ClassifyElement(node->then_element, has_entry, has_expression);
      if (node->else_element) ClassifyElement(node->else_element, has_entry, has_expression);
      break;
    }
    case NodeKind::kForElement: {
      auto* node = static_cast<const ForElement*>(element);
      if (node->body) ClassifyElement(node->body, has_entry, has_expression);
      break;
    }
    default:
      *has_expression = true;
      break;
  }
}

}  // namespace

Expr* Parser::ParseSetOrMapLiteral(bool is_const, std::vector<TypeNode*> type_args,
                                   uint32_t start) {
  auto* literal = arena_.New<SetOrMapLiteral>(start);
  literal->is_const = is_const;
  literal->type_args = std::move(type_args);
  bool saved = in_const_;
  in_const_ = is_const;
  Expect(TokenKind::kLBrace);
  while (!At(TokenKind::kRBrace) && !AtEof() && !panic_) {
    Expr* element = ParseElement();
    if (panic_) break;
    literal->elements.push_back(element);
    if (!Match(TokenKind::kComma)) break;
  }
  if (!panic_) Expect(TokenKind::kRBrace);
  in_const_ = saved;
  bool has_entry = false;
  bool has_expression = false;
  for (Expr* element : literal->elements) ClassifyElement(element, &has_entry, &has_expression);
  if (literal->type_args.size() == 2) {
    literal->form = SetOrMapLiteral::kMap;
  } else if (literal->type_args.size() == 1) {
    literal->form = SetOrMapLiteral::kSet;
  } else if (has_entry) {
    literal->form = SetOrMapLiteral::kMap;
  } else if (has_expression) {
    literal->form = SetOrMapLiteral::kSet;
  } else if (literal->elements.empty()) {
    literal->form = SetOrMapLiteral::kMap;
  } else {
    literal->form = SetOrMapLiteral::kUnknown;
  }
  if (has_entry && has_expression) {
    SoftErrorAt(start, "Expected ':' before this.");
  }
  return literal;
}

Expr* Parser::ParseElement() {
  NestingGuard guard(this);
  if (guard.too_deep()) return Placeholder();
  const Token& token = Cur();
  if (At(TokenKind::kEllipsis) || At(TokenKind::kEllipsisQuestion)) {
    Advance();
    Expr* expr = ParseExpression();
    return arena_.New<SpreadElement>(token.offset, expr,
                                     token.kind == TokenKind::kEllipsisQuestion);
  }
  if (At(TokenKind::kIf)) {
    Advance();
    auto* element = arena_.New<IfElement>(token.offset);
    if (!Expect(TokenKind::kLParen)) return element;
    element->condition = ParseExpression();
    if (Match(TokenKind::kCase)) {
      element->case_pattern = ParsePattern(PatternMode::kMatch);
      if (!panic_ && Match(TokenKind::kWhen)) element->guard = ParseExpression();
    }
    if (!Expect(TokenKind::kRParen)) return element;
    element->then_element = ParseElement();
    if (!panic_ && Match(TokenKind::kElse)) element->else_element = ParseElement();
    return element;
  }
  if (At(TokenKind::kFor) || (At(TokenKind::kAwait) && Kind(1) == TokenKind::kFor)) {
    if (At(TokenKind::kAwait)) {
      Unsupported(token, "An 'await for' element");
      return Placeholder();
    }
    Advance();
    auto* element = arena_.New<ForElement>(token.offset);
    ForHeader header;
    bool saved = in_const_;
    in_const_ = false;
    bool ok = ParseForHeader(&header);
    in_const_ = saved;
    if (!ok) return element;
    element->is_for_in = header.is_for_in;
    element->init = header.init;
    element->init_exprs = std::move(header.init_exprs);
    element->condition = header.condition;
    element->updates = std::move(header.updates);
    element->loop_var = header.loop_var;
    element->loop_target = header.loop_target;
    element->iterable = header.iterable;
    element->body = ParseElement();
    if (header.pattern != nullptr && !panic_) {
      // for (var (a, b) in pairs) e  is  for (final <hidden> in pairs) if (<hidden> case
      // (var a, var b)) e, matched irrefutably (a mismatch throws).
      const std::string hidden = ":for-in pattern";
      auto* loop_var = arena_.New<VarDeclStmt>(header.pattern_pos);
      loop_var->is_final = true;
      VarDecl var;
      var.name = hidden;
      var.pos = header.pattern_pos;
      loop_var->vars.push_back(var);
      element->loop_var = loop_var;
      auto* bind = arena_.New<IfElement>(header.pattern_pos);
      bind->condition = arena_.New<Identifier>(header.pattern_pos, hidden);
      bind->case_pattern = header.pattern;
      bind->irrefutable = true;
      bind->then_element = element->body;
      element->body = bind;
    }
    return element;
  }
  Expr* expr = ParseExpression();
  if (panic_ || !At(TokenKind::kColon)) return expr;
  Advance();
  Expr* value = ParseExpression();
  return arena_.New<MapEntryElement>(expr->pos, expr, value);
}

Expr* Parser::ParseConst() {
  const Token& keyword = Advance();
  bool saved = in_const_;
  in_const_ = true;
  Expr* result;
  if (At(TokenKind::kLBracket)) {
    result = ParseListLiteral(true, nullptr, keyword.offset);
  } else if (At(TokenKind::kLBrace)) {
    result = ParseSetOrMapLiteral(true, {}, keyword.offset);
  } else if (At(TokenKind::kLt)) {
    result = ParseCollectionLiteralWithTypeArgs(true, keyword.offset);
  } else if (At(TokenKind::kLParen)) {
    result = ParseParenthesized();
    if (result->kind == NodeKind::kRecordLiteral) {
      static_cast<RecordLiteral*>(result)->is_const = true;
      result->pos = keyword.offset;
    } else if (!panic_) {
      Error(keyword, "Expected a record literal after 'const'.");
    }
  } else {
    auto* call = arena_.New<ConstructorCall>(keyword.offset);
    call->is_const = true;
    ParseConstructorReference(&call->type, &call->constructor_name, /*split_ambiguous=*/false);
    if (!panic_) ParseArguments(&call->args);
    result = call;
  }
  in_const_ = saved;
  return result;
}

Expr* Parser::ParseNew() {
  const Token& keyword = Advance();
  if (At(TokenKind::kLBracket) || At(TokenKind::kLBrace) || At(TokenKind::kLt)) {
    Error(keyword, "A literal can't be prefixed by 'new'.");
    return Placeholder();
  }
  auto* call = arena_.New<ConstructorCall>(keyword.offset);
  call->is_const = in_const_;
  ParseConstructorReference(&call->type, &call->constructor_name, /*split_ambiguous=*/false);
  if (!panic_) ParseArguments(&call->args);
  return call;
}

void Parser::ParseConstructorReference(TypeNode** type, std::string* constructor_name,
                                       bool split_ambiguous) {
  // C, C.named, p.C, p.C.named, C<T>, C<T>.named, p.C<T>.named. Without type arguments `a.b`
  // means class a's constructor b or prefix a's class b, which only the resolver can tell.
  // It is kept whole (type "a.b", no constructor name) for `new` and `const`, and split (type
  // "a", constructor "b") for redirecting factories, as resolver_body.cc reads them.
  uint32_t pos;
  std::string first = ParseIdentifier(&pos);
  TypeNode* node = NamedType(first, pos);
  *type = node;
  if (panic_) return;
  if (At(TokenKind::kDot)) {
    Advance();
    std::string second = ParseIdentifier();
    if (panic_) return;
    if (At(TokenKind::kLt)) {
      node->name = first + "." + second;
      ParseTypeArguments(&node->args);
      if (Match(TokenKind::kDot)) *constructor_name = ParseIdentifier();
    } else if (At(TokenKind::kDot)) {
      Advance();
      node->name = first + "." + second;
      *constructor_name = ParseIdentifier();
    } else if (split_ambiguous) {
      *constructor_name = second;
    } else {
      node->name = first + "." + second;
    }
    return;
  }
  if (At(TokenKind::kLt)) {
    ParseTypeArguments(&node->args);
    if (Match(TokenKind::kDot)) *constructor_name = ParseIdentifier();
  }
}

bool Parser::ParseArguments(Arguments* args) {
  if (!Expect(TokenKind::kLParen)) return false;
  bool saved = allow_block_function_;
  allow_block_function_ = true;
  while (!At(TokenKind::kRParen) && !AtEof() && !panic_) {
    if (IsIdentifier(Cur()) && Kind(1) == TokenKind::kColon) {
      NamedArg arg;
      arg.pos = Cur().offset;
      arg.name = Advance().value;
      Advance();
      arg.value = ParseExpression();
      args->named.push_back(arg);
      args->order.push_back(false);
    } else {
      args->positional.push_back(ParseExpression());
      args->order.push_back(true);
    }
    if (panic_) break;
    if (!Match(TokenKind::kComma)) {
      if (!At(TokenKind::kRParen)) Error(Cur(), "Expected ',' before this.");
      break;
    }
  }
  allow_block_function_ = saved;
  if (panic_) return false;
  return Expect(TokenKind::kRParen);
}

// ---------------------------------------------------------------------------------------------
// Types

TypeNode* Parser::NamedType(std::string name, uint32_t pos) {
  TypeNode* type = arena_.NewType();
  type->kind = TypeNode::kNamed;
  type->name = std::move(name);
  type->pos = pos;
  return type;
}

TypeNode* Parser::ParseType(bool in_expression) {
  NestingGuard guard(this);
  uint32_t start = Cur().offset;
  if (guard.too_deep()) return NamedType("dynamic", start);
  TypeNode* type = nullptr;
  if (At(TokenKind::kVoid)) {
    Advance();
    type = arena_.NewType();
    type->kind = TypeNode::kVoid;
    type->pos = start;
    if (At(TokenKind::kLt)) {
      SoftError(Cur(), "Type 'void' can't have type arguments.");
      std::vector<TypeNode*> ignored;
      ParseTypeArguments(&ignored);
    }
  } else if (At(TokenKind::kFunction) &&
             (Kind(1) == TokenKind::kLParen || Kind(1) == TokenKind::kLt)) {
    // A function type without a return type; the loop below reads it.
  } else if (IsTypeNameToken(Cur())) {
    type = NamedType(Advance().value, start);
    if (At(TokenKind::kDot) && IsTypeNameToken(Peek(1))) {
      Advance();
      type->name += "." + Advance().value;
    }
    if (At(TokenKind::kLt)) ParseTypeArguments(&type->args);
    if (At(TokenKind::kQuestion)) {
      // After `is`/`as`, `x is int ? a : b` is a conditional: the `?` belongs to the type only
      // when no expression follows it.
      TokenKind next = Kind(1);
      bool expression_follows =
          in_expression &&
          (IsIdentifierAt(pos_ + 1) || next == TokenKind::kInt || next == TokenKind::kDouble ||
           next == TokenKind::kString || next == TokenKind::kThis || next == TokenKind::kNull ||
           next == TokenKind::kTrue || next == TokenKind::kFalse || next == TokenKind::kLParen ||
           next == TokenKind::kLBracket || next == TokenKind::kLBrace ||
           next == TokenKind::kMinus || next == TokenKind::kBang || next == TokenKind::kNew ||
           next == TokenKind::kConst || next == TokenKind::kThrow);
      if (!expression_follows) {
        Advance();
        type->nullable = true;
      }
    }
  } else if (At(TokenKind::kLParen)) {
    type = ParseRecordType();
  } else {
    Error(Cur(), "Expected a type, but got '" + Lexeme(Cur()) + "'.");
    return NamedType("dynamic", start);
  }
  ChainDepth chain(this);
  while (At(TokenKind::kFunction) && (Kind(1) == TokenKind::kLParen || Kind(1) == TokenKind::kLt) &&
         !panic_ && chain.AddLink()) {
    TypeNode* function = arena_.NewType();
    function->kind = TypeNode::kFunction;
    function->pos = type != nullptr ? type->pos : Cur().offset;
    function->return_type = type;
    Advance();
    if (At(TokenKind::kLt)) function->type_params = ParseTypeParameters();
    ParseFunctionTypeParameters(function);
    if (At(TokenKind::kQuestion)) {
      Advance();
      function->nullable = true;
    }
    type = function;
  }
  if (type == nullptr) type = NamedType("Function", start);
  return type;
}

TypeNode* Parser::ParseRecordType() {
  // (int, String name, {bool flag, int? count})?: positional names are documentation only.
  TypeNode* type = arena_.NewType();
  type->kind = TypeNode::kRecord;
  type->pos = Cur().offset;
  Advance();
  while (!At(TokenKind::kRParen) && !AtEof() && !panic_) {
    if (At(TokenKind::kLBrace)) {
      Advance();
      while (!At(TokenKind::kRBrace) && !AtEof() && !panic_) {
        ParseMetadata();
        TypeNode* field = ParseType();
        if (panic_) break;
        std::string name = ParseIdentifier(nullptr);
        type->named.emplace_back(name, field);
        if (!Match(TokenKind::kComma)) break;
      }
      if (!panic_) Expect(TokenKind::kRBrace);
      break;
    }
    ParseMetadata();
    type->positional.push_back(ParseType());
    if (!panic_ && IsIdentifier(Cur())) Advance();
    if (!Match(TokenKind::kComma)) break;
  }
  if (!panic_) Expect(TokenKind::kRParen);
  if (!panic_ && At(TokenKind::kQuestion)) {
    Advance();
    type->nullable = true;
  }
  return type;
}

void Parser::ParseFunctionTypeParameters(TypeNode* function_type) {
  // (int, String name, [int x], {required int y}): names are optional and dropped, except
  // for named parameters.
  if (!Expect(TokenKind::kLParen)) return;
  auto parse_one = [&](bool named) {
    ParseMetadata();
    if (named && At(TokenKind::kRequired) && Kind(1) != TokenKind::kComma &&
        Kind(1) != TokenKind::kRBrace) {
      Advance();
    }
    TypeNode* type = ParseType();
    std::string name;
    if (IsIdentifier(Cur())) name = Advance().value;
    if (named) {
      if (name.empty()) ErrorExpectedIdentifier(Cur());
      function_type->named.emplace_back(name, type);
    }
    return type;
  };
  while (!At(TokenKind::kRParen) && !AtEof() && !panic_) {
    if (At(TokenKind::kLBracket) || At(TokenKind::kLBrace)) {
      bool named = At(TokenKind::kLBrace);
      TokenKind close = named ? TokenKind::kRBrace : TokenKind::kRBracket;
      Advance();
      while (!At(close) && !AtEof() && !panic_) {
        TypeNode* type = parse_one(named);
        if (!named) function_type->optional.push_back(type);
        if (!Match(TokenKind::kComma)) break;
      }
      Expect(close);
      break;
    }
    function_type->positional.push_back(parse_one(false));
    if (!Match(TokenKind::kComma)) break;
  }
  if (!panic_) Expect(TokenKind::kRParen);
}

void Parser::ParseTypeArguments(std::vector<TypeNode*>* args) {
  if (!Expect(TokenKind::kLt)) return;
  while (!panic_) {
    args->push_back(ParseType());
    if (!Match(TokenKind::kComma)) break;
  }
  if (!panic_) ExpectClosingAngle();
}

bool Parser::ExpectClosingAngle() {
  // `List<List<int>>` ends with one '>>' token: consume one '>' of it and leave the rest, by
  // rewriting the current token in place.
  Token& token = tokens_[pos_];
  TokenKind rest;
  switch (token.kind) {
    case TokenKind::kGt:
      Advance();
      return true;
    case TokenKind::kGtGt:
      rest = TokenKind::kGt;
      break;
    case TokenKind::kGtGtGt:
      rest = TokenKind::kGtGt;
      break;
    case TokenKind::kGtEq:
      rest = TokenKind::kEq;
      break;
    case TokenKind::kGtGtEq:
      rest = TokenKind::kGtEq;
      break;
    case TokenKind::kGtGtGtEq:
      rest = TokenKind::kGtGtEq;
      break;
    default:
      Error(token, "Expected '>' before this.");
      return false;
  }
  token.kind = rest;
  token.offset += 1;
  token.length -= 1;
  token.newline_before = false;
  return true;
}

}  // namespace islet
