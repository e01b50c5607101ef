// The parser's patterns (Dart 3): logical-or and -and, relational, cast, null-check and
// null-assert patterns, variables and wildcards, constants, and list, map, record and object
// patterns; switch expressions; and turning a record or list literal on the left of `=` into a
// pattern assignment. Where patterns appear in statements (switch cases, if-case, pattern
// variable declarations, for-in) is parser_statements.cc's business.
// Invariant: every Pattern returned is non-null (a placeholder wildcard after an error).

#include "compiler/parser_internal.h"

namespace islet {

namespace {

// The name `(:var x)` and `Point(:x)` infer from their pattern, or "".
std::string InferredFieldName(const Pattern* p) {
  switch (p->pattern_kind) {
    case Pattern::kVariable:
      return p->name == "_" ? "" : p->name;
    case Pattern::kAssign:
      return p->expr != nullptr && p->expr->kind == NodeKind::kIdentifier
                 ? static_cast<const Identifier*>(p->expr)->name
                 : "";
    case Pattern::kCast:
    case Pattern::kNullCheck:
    case Pattern::kNullAssert:
      return InferredFieldName(p->left);
    default:
      return "";
  }
}

}  // namespace

Pattern* Parser::ParsePattern(PatternMode mode) {
  NestingGuard guard(this);
  if (guard.too_deep()) return arena_.NewPattern(Cur().offset, Pattern::kVariable);
  Pattern* left = ParseAndPattern(mode);
  while (!panic_ && At(TokenKind::kBarBar)) {
    Advance();
    Pattern* p = arena_.NewPattern(left->pos, Pattern::kOr);
    p->left = left;
    p->right = ParseAndPattern(mode);
    left = p;
  }
  return left;
}

Pattern* Parser::ParseAndPattern(PatternMode mode) {
  Pattern* left = ParseRelationalPattern(mode);
  while (!panic_ && At(TokenKind::kAmpAmp)) {
    Advance();
    Pattern* p = arena_.NewPattern(left->pos, Pattern::kAnd);
    p->left = left;
    p->right = ParseRelationalPattern(mode);
    left = p;
  }
  return left;
}

Pattern* Parser::ParseRelationalPattern(PatternMode mode) {
  TokenKind kind = Kind();
  if (kind == TokenKind::kEqEq || kind == TokenKind::kBangEq || kind == TokenKind::kLt ||
      kind == TokenKind::kLtEq || kind == TokenKind::kGt || kind == TokenKind::kGtEq) {
    const Token& op = Advance();
    Pattern* p = arena_.NewPattern(op.offset, Pattern::kRelational);
    p->op = TokenKindSpelling(kind);
    // The operand is a bitwise-or expression (`|` and tighter).
    p->expr = ParseBinary(BinaryPrecedence(TokenKind::kBar));
    return p;
  }
  Pattern* p = ParsePrimaryPattern(mode);
  while (!panic_) {
    if (At(TokenKind::kAs)) {
      Advance();
      Pattern* cast = arena_.NewPattern(p->pos, Pattern::kCast);
      cast->left = p;
      cast->type = ParseType();
      p = cast;
    } else if (At(TokenKind::kQuestion)) {
      Advance();
      Pattern* check = arena_.NewPattern(p->pos, Pattern::kNullCheck);
      check->left = p;
      p = check;
    } else if (At(TokenKind::kBang)) {
      Advance();
      Pattern* check = arena_.NewPattern(p->pos, Pattern::kNullAssert);
      check->left = p;
      p = check;
    } else {
      break;
    }
  }
  return p;
}

Pattern* Parser::ParsePrimaryPattern(PatternMode mode) {
  const Token& token = Cur();
  uint32_t start = token.offset;
  // A variable's name after a type: `when` and `as` there continue the pattern instead
  // (`case final n when ...`, `case int x as Object`).
  auto is_binder = [&](size_t index) {
    if (!IsIdentifierAt(index)) return false;
    const Token& t = TokenAt(index);
    return t.kind != TokenKind::kWhen && t.kind != TokenKind::kAs && t.value != "when" &&
           t.value != "as";
  };
  auto constant = [&](Expr* e) {
    Pattern* p = arena_.NewPattern(start, Pattern::kConstant);
    p->expr = e;
    return p;
  };
  switch (token.kind) {
    case TokenKind::kVar:
    case TokenKind::kFinal: {
      Advance();
      Pattern* p = arena_.NewPattern(start, Pattern::kVariable);
      p->is_final = token.kind == TokenKind::kFinal;
      if (token.kind == TokenKind::kFinal) {
        size_t end = ScanType(pos_);
        if (end != 0 && is_binder(end)) p->type = ParseType();
      }
      p->name = ParseIdentifier(&p->pos);
      p->pos = start;
      return p;
    }
    case TokenKind::kLParen:
      return ParseParenthesizedPattern(mode);
    case TokenKind::kLBracket:
    case TokenKind::kLBrace:
    case TokenKind::kLt:
      return ParseCollectionPattern(mode);
    case TokenKind::kConst:
      return constant(ParseConst());
    case TokenKind::kMinus:
    case TokenKind::kInt:
    case TokenKind::kDouble:
    case TokenKind::kTrue:
    case TokenKind::kFalse:
    case TokenKind::kNull:
      return constant(ParseUnary());
    case TokenKind::kString:
      return constant(ParseStringLiterals());
    default:
      break;
  }
  if (!IsIdentifier(token) && !IsTypeNameToken(token)) {
    Error(token, "Expected a pattern, but got '" + Lexeme(token) + "'.");
    return arena_.NewPattern(start, Pattern::kVariable);
  }
  size_t end = ScanType(pos_);
  if (end != 0 && KindAt(end) == TokenKind::kLParen) return ParseObjectPattern(mode);
  if (end != 0 && is_binder(end)) {
    // `int x`, `List<int> xs`, `Foo? f`, `int _` (a typed wildcard).
    Pattern* p = arena_.NewPattern(start, Pattern::kVariable);
    p->type = ParseType();
    p->name = ParseIdentifier();
    p->is_final = mode == PatternMode::kDeclareFinal;
    return p;
  }
  if (token.value == "_" && Kind(1) != TokenKind::kDot) {
    Advance();
    return arena_.NewPattern(start, Pattern::kVariable);  // A wildcard: binds nothing.
  }
  if (mode == PatternMode::kMatch) {
    // A named constant: `red`, `Color.red`, `prefix.Color.red`.
    Expr* e = arena_.New<Identifier>(start, Advance().value);
    while (At(TokenKind::kDot) && IsIdentifierAt(pos_ + 1)) {
      Advance();
      const Token& name = Advance();
      auto* get = arena_.New<PropertyGet>(start, e, name.value);
      get->name_pos = name.offset;
      e = get;
    }
    return constant(e);
  }
  if (mode == PatternMode::kAssign) {
    Pattern* p = arena_.NewPattern(start, Pattern::kAssign);
    p->expr = arena_.New<Identifier>(start, Advance().value);
    return p;
  }
  Pattern* p = arena_.NewPattern(start, Pattern::kVariable);
  p->name = Advance().value;
  p->is_final = mode == PatternMode::kDeclareFinal;
  return p;
}

Pattern* Parser::ParseParenthesizedPattern(PatternMode mode) {
  const Token& open = Advance();
  Pattern* record = arena_.NewPattern(open.offset, Pattern::kRecord);
  bool is_record = false;
  while (!At(TokenKind::kRParen) && !AtEof() && !panic_) {
    PatternField field;
    field.pos = Cur().offset;
    if (IsIdentifier(Cur()) && Kind(1) == TokenKind::kColon) {
      field.name = Advance().value;
      Advance();
      field.pattern = ParsePattern(mode);
      is_record = true;
    } else if (At(TokenKind::kColon)) {
      const Token& colon = Advance();
      field.pattern = ParsePattern(mode);
      field.name = InferredFieldName(field.pattern);
      if (field.name.empty() && !panic_) {
        Error(colon,
              "The getter name is not specified explicitly, and the pattern is not a "
              "variable.");
      }
      is_record = true;
    } else {
      field.pattern = ParsePattern(mode);
    }
    record->fields.push_back(field);
    if (!Match(TokenKind::kComma)) break;
    is_record = true;
  }
  if (!panic_) Expect(TokenKind::kRParen);
  if (record->fields.empty()) is_record = true;
  if (!is_record) return record->fields[0].pattern;  // A parenthesized pattern.
  return record;
}

Pattern* Parser::ParseObjectPattern(PatternMode mode) {
  Pattern* p = arena_.NewPattern(Cur().offset, Pattern::kObject);
  p->type = ParseType();
  if (!Expect(TokenKind::kLParen)) return p;
  while (!At(TokenKind::kRParen) && !AtEof() && !panic_) {
    PatternField field;
    field.pos = Cur().offset;
    if (IsIdentifier(Cur()) && Kind(1) == TokenKind::kColon) {
      field.name = Advance().value;
      Advance();
      field.pattern = ParsePattern(mode);
    } else if (At(TokenKind::kColon)) {
      const Token& colon = Advance();
      field.pattern = ParsePattern(mode);
      field.name = InferredFieldName(field.pattern);
      if (field.name.empty() && !panic_) {
        Error(colon,
              "The getter name is not specified explicitly, and the pattern is not a "
              "variable.");
      }
    } else {
      Error(Cur(), "Object patterns can only use named fields.");
      return p;
    }
    p->fields.push_back(field);
    if (!Match(TokenKind::kComma)) break;
  }
  if (!panic_) Expect(TokenKind::kRParen);
  return p;
}

Pattern* Parser::ParseCollectionPattern(PatternMode mode) {
  uint32_t start = Cur().offset;
  std::vector<TypeNode*> type_args;
  if (At(TokenKind::kLt)) ParseTypeArguments(&type_args);
  if (panic_) return arena_.NewPattern(start, Pattern::kVariable);
  if (At(TokenKind::kLBracket)) {
    Advance();
    Pattern* p = arena_.NewPattern(start, Pattern::kList);
    p->type_args = std::move(type_args);
    bool seen_rest = false;
    while (!At(TokenKind::kRBracket) && !AtEof() && !panic_) {
      PatternField field;
      field.pos = Cur().offset;
      if (At(TokenKind::kEllipsis)) {
        const Token& dots = Advance();
        if (seen_rest) Error(dots, "At most one rest element is allowed in a list or map pattern.");
        seen_rest = true;
        field.pattern = arena_.NewPattern(dots.offset, Pattern::kRest);
        if (!At(TokenKind::kComma) && !At(TokenKind::kRBracket)) {
          field.pattern->left = ParsePattern(mode);
        }
      } else {
        field.pattern = ParsePattern(mode);
      }
      p->fields.push_back(field);
      if (!Match(TokenKind::kComma)) break;
    }
    if (!panic_) Expect(TokenKind::kRBracket);
    return p;
  }
  if (!At(TokenKind::kLBrace)) {
    Error(Cur(), "Expected '[' or '{' after the type arguments of a pattern.");
    return arena_.NewPattern(start, Pattern::kVariable);
  }
  Advance();
  Pattern* p = arena_.NewPattern(start, Pattern::kMap);
  p->type_args = std::move(type_args);
  while (!At(TokenKind::kRBrace) && !AtEof() && !panic_) {
    PatternField field;
    field.pos = Cur().offset;
    if (At(TokenKind::kEllipsis)) {
      // Dart 3.0 dropped rest elements from map patterns (a map pattern never checks the
      // length); report it and go on.
      SoftError(Advance(), "A map pattern can't contain a rest pattern.");
      if (!Match(TokenKind::kComma)) break;
      continue;
    }
    bool saved = in_const_;
    in_const_ = true;
    field.key = ParseConditional();
    in_const_ = saved;
    if (panic_ || !Expect(TokenKind::kColon)) return p;
    field.pattern = ParsePattern(mode);
    p->fields.push_back(field);
    if (!Match(TokenKind::kComma)) break;
  }
  if (!panic_) Expect(TokenKind::kRBrace);
  return p;
}

Expr* Parser::ParseSwitchExpression() {
  const Token& keyword = Advance();
  auto* e = arena_.New<SwitchExpr>(keyword.offset);
  if (!Expect(TokenKind::kLParen)) return e;
  e->subject = ParseExpression();
  if (panic_ || !Expect(TokenKind::kRParen) || !Expect(TokenKind::kLBrace)) return e;
  while (!At(TokenKind::kRBrace) && !AtEof() && !panic_) {
    SwitchExprCase c;
    c.pos = Cur().offset;
    c.pattern = ParsePattern(PatternMode::kMatch);
    if (!panic_ && Match(TokenKind::kWhen)) c.guard = ParseExpression();
    if (panic_ || !Expect(TokenKind::kArrow)) return e;
    c.body = ParseExpression();
    e->cases.push_back(c);
    if (!Match(TokenKind::kComma)) break;
  }
  if (!panic_) Expect(TokenKind::kRBrace);
  if (e->cases.empty() && !panic_) {
    Error(keyword, "A switch expression must have at least one case.");
  }
  return e;
}

Pattern* Parser::ExprToAssignPattern(Expr* e) {
  // The left side of `(a, b) = ...` / `[a, b] = ...` was parsed as a literal: each element
  // becomes a pattern assigning to it. Returns null when some part can't be assigned to.
  switch (e->kind) {
    case NodeKind::kRecordLiteral: {
      auto* record = static_cast<RecordLiteral*>(e);
      Pattern* p = arena_.NewPattern(e->pos, Pattern::kRecord);
      size_t next_positional = 0;
      size_t next_named = 0;
      for (bool positional : record->fields.order) {
        PatternField field;
        Expr* value;
        if (positional) {
          value = record->fields.positional[next_positional++];
        } else {
          field.name = record->fields.named[next_named].name;
          value = record->fields.named[next_named++].value;
        }
        field.pos = value->pos;
        field.pattern = ExprToAssignPattern(value);
        if (field.pattern == nullptr) return nullptr;
        p->fields.push_back(field);
      }
      return p;
    }
    case NodeKind::kListLiteral: {
      auto* list = static_cast<ListLiteral*>(e);
      if (list->is_const || list->type_arg != nullptr) return nullptr;
      Pattern* p = arena_.NewPattern(e->pos, Pattern::kList);
      for (Expr* element : list->elements) {
        PatternField field;
        field.pos = element->pos;
        if (element->kind == NodeKind::kSpreadElement) {
          auto* spread = static_cast<SpreadElement*>(element);
          if (spread->null_aware) return nullptr;
          field.pattern = arena_.NewPattern(element->pos, Pattern::kRest);
          field.pattern->left = ExprToAssignPattern(spread->expr);
          if (field.pattern->left == nullptr) return nullptr;
        } else {
          field.pattern = ExprToAssignPattern(element);
          if (field.pattern == nullptr) return nullptr;
        }
        p->fields.push_back(field);
      }
      return p;
    }
    case NodeKind::kIdentifier:
      if (static_cast<Identifier*>(e)->name == "_") {
        return arena_.NewPattern(e->pos, Pattern::kVariable);
      }
      [[fallthrough]];
    case NodeKind::kPropertyGet:
    case NodeKind::kIndex: {
      Pattern* p = arena_.NewPattern(e->pos, Pattern::kAssign);
      p->expr = e;
      return p;
    }
    default:
      return nullptr;
  }
}

}  // namespace islet
