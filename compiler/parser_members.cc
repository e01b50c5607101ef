// The parser's class members (fields, methods, getters, setters, operators, every constructor
// form with initializer lists and redirections), formal parameter lists and function bodies
// with their async/sync* markers. Declarations around them live in parser.cc.

#include "compiler/parser_internal.h"

namespace islet {

// ---------------------------------------------------------------------------------------------
// Class members

void Parser::ParseClassBody(const std::string& class_name, std::vector<Decl*>* members,
                            uint32_t* end_pos) {
  Expect(TokenKind::kLBrace);
  while (!At(TokenKind::kRBrace) && !AtEof()) {
    size_t before = pos_;
    Decl* member = ParseClassMember(class_name);
    if (member != nullptr && !panic_) members->push_back(member);
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
  *end_pos = Cur().offset;
  Expect(TokenKind::kRBrace);
}

Decl* Parser::ParseClassMember(const std::string& class_name) {
  std::vector<Expr*> metadata = ParseMetadata();
  if (panic_) return nullptr;
  uint32_t start = Cur().offset;
  if (At(TokenKind::kClass) || At(TokenKind::kEnum) || At(TokenKind::kTypedef)) {
    const char* what = At(TokenKind::kClass)  ? "Classes can't be declared inside other classes."
                       : At(TokenKind::kEnum) ? "Enums can't be declared inside classes."
                                              : "Typedefs can't be declared inside classes.";
    Error(Cur(), what);
    return nullptr;
  }
  Modifiers modifiers = ParseModifiers(/*in_class=*/true);
  if (panic_) return nullptr;
  Decl* decl = nullptr;
  // `C(` and `C.name` start constructors; so does any `X.name(`, which cannot be a method
  // (the constructor's name is then checked against the class).
  bool is_constructor =
      modifiers.factory != nullptr ||
      (!class_name.empty() && At(TokenKind::kIdentifier) &&
       ((Cur().value == class_name && (Kind(1) == TokenKind::kLParen ||
                                       (Kind(1) == TokenKind::kDot && IsIdentifierAt(pos_ + 2)))) ||
        (Kind(1) == TokenKind::kDot && IsIdentifierAt(pos_ + 2) && Kind(3) == TokenKind::kLParen)));
  if (is_constructor) {
    decl = ParseConstructor(modifiers, class_name, start);
  } else {
    decl = ParseMethodOrField(modifiers, start);
  }
  if (decl != nullptr) decl->metadata = std::move(metadata);
  return decl;
}

ConstructorDecl* Parser::ParseConstructor(const Modifiers& modifiers, const std::string& class_name,
                                          uint32_t start) {
  auto* decl = arena_.New<ConstructorDecl>(start);
  decl->is_const = modifiers.is_const != nullptr;
  decl->is_factory = modifiers.factory != nullptr;
  decl->is_external = modifiers.external != nullptr;
  if (modifiers.is_static) SoftError(*modifiers.is_static, "Constructors can't be static.");
  uint32_t class_pos;
  std::string name = ParseIdentifier(&class_pos);
  if (panic_) return nullptr;
  if (name != class_name) {
    SoftErrorAt(class_pos, "The name of a constructor must match the name of the enclosing class.");
  }
  decl->name_pos = class_pos;
  if (Match(TokenKind::kDot)) decl->name = ParseIdentifier(&decl->name_pos);
  if (panic_) return nullptr;
  FunctionNode* function = arena_.NewFunction();
  function->pos = start;
  decl->function = function;
  if (At(TokenKind::kLt)) {
    SoftError(Cur(), "Constructors can't have type parameters.");
    ParseTypeParameters();
  }
  if (!At(TokenKind::kLParen)) {
    Error(Cur(), "A method declaration needs an explicit list of parameters.");
    return nullptr;
  }
  ParseFormalParameters(&function->params);
  if (panic_) return nullptr;
  if (At(TokenKind::kColon)) {
    if (decl->is_factory) SoftError(Cur(), "Only generative constructors can have initializers.");
    ParseInitializers(decl);
    if (panic_) return nullptr;
  }
  if (At(TokenKind::kEq)) {
    if (!decl->is_factory) {
      SoftError(Cur(), "Only factory constructor can specify '=' redirection.");
    }
    Advance();
    ParseConstructorReference(&decl->redirect_type, &decl->redirect_name,
                              /*split_ambiguous=*/true);
    ExpectSemicolon();
    function->end_pos = Previous().offset;
    return decl;
  }
  ParseFunctionBody(function, /*is_expression=*/false, /*allow_empty=*/true);
  if (function->async_kind != AsyncKind::kSync && decl->is_factory) {
    SoftErrorAt(start, "Factory bodies can't use 'async', 'async*', or 'sync*'.");
  }
  if (decl->is_const && function->body != nullptr) {
    SoftErrorAt(function->body->pos, "A const constructor can't have a body.");
  }
  if (decl->is_factory && function->body == nullptr && function->arrow_body == nullptr &&
      !decl->is_external && !panic_) {
    SoftErrorAt(start, "Expected a function body or '=>'.");
  }
  return decl;
}

void Parser::ParseInitializers(ConstructorDecl* constructor) {
  Expect(TokenKind::kColon);
  bool saved = allow_block_function_;
  allow_block_function_ = false;
  do {
    Initializer init;
    init.pos = Cur().offset;
    if (At(TokenKind::kSuper)) {
      Advance();
      init.kind = Initializer::kSuper;
      if (Match(TokenKind::kDot)) init.name = ParseIdentifier();
      if (!At(TokenKind::kLParen)) {
        Error(Cur(),
              "Can only use 'super' in an initializer for calling the superclass constructor "
              "(e.g. 'super()' or 'super.namedConstructor()')");
        break;
      }
      ParseArguments(&init.args);
    } else if (At(TokenKind::kThis)) {
      Advance();
      if (At(TokenKind::kDot) && IsIdentifierAt(pos_ + 1) && Kind(2) == TokenKind::kEq) {
        Advance();
        init.kind = Initializer::kField;
        init.name = ParseIdentifier();
        Advance();  // '='
        init.value = ParseExpression();
      } else {
        init.kind = Initializer::kRedirect;
        if (Match(TokenKind::kDot)) init.name = ParseIdentifier();
        if (!At(TokenKind::kLParen)) {
          Error(Cur(),
                "Can only use 'this' in an initializer for field initialization (e.g. 'this.x = "
                "something') and constructor redirection (e.g. 'this()' or "
                "'this.namedConstructor())");
          break;
        }
        ParseArguments(&init.args);
      }
    } else if (At(TokenKind::kAssert)) {
      Advance();
      init.kind = Initializer::kAssert;
      if (!Expect(TokenKind::kLParen)) break;
      init.condition_start = Cur().offset;
      init.value = ParseExpression();
      init.condition_end = PreviousEnd();
      if (Match(TokenKind::kComma) && !At(TokenKind::kRParen)) {
        init.message = ParseExpression();
        Match(TokenKind::kComma);
      }
      Expect(TokenKind::kRParen);
    } else if (IsIdentifier(Cur())) {
      init.kind = Initializer::kField;
      init.name = ParseIdentifier();
      if (!At(TokenKind::kEq)) {
        Error(Previous(), "Expected an assignment after the field name.");
        break;
      }
      Advance();
      init.value = ParseExpression();
    } else {
      Error(Cur(), "Expected an initializer.");
      break;
    }
    if (panic_) break;
    constructor->initializers.push_back(std::move(init));
  } while (Match(TokenKind::kComma));
  allow_block_function_ = saved;
}

std::string Parser::ParseOperatorName() {
  const Token& token = Cur();
  switch (token.kind) {
    case TokenKind::kLBracket:
      Advance();
      if (!Expect(TokenKind::kRBracket)) return "[]";
      if (At(TokenKind::kEq) && Cur().offset == Previous().offset + 1) {
        Advance();
        return "[]=";
      }
      return "[]";
    case TokenKind::kEqEq:
    case TokenKind::kLt:
    case TokenKind::kGt:
    case TokenKind::kLtEq:
    case TokenKind::kGtEq:
    case TokenKind::kPlus:
    case TokenKind::kMinus:
    case TokenKind::kStar:
    case TokenKind::kSlash:
    case TokenKind::kTildeSlash:
    case TokenKind::kPercent:
    case TokenKind::kAmp:
    case TokenKind::kBar:
    case TokenKind::kCaret:
    case TokenKind::kLtLt:
    case TokenKind::kGtGt:
    case TokenKind::kGtGtGt:
    case TokenKind::kTilde:
      Advance();
      return TokenKindSpelling(token.kind);
    default:
      Error(token, "The string '" + Lexeme(token) + "' isn't a user-definable operator.");
      return "";
  }
}

Decl* Parser::ParseMethodOrField(const Modifiers& modifiers, uint32_t start) {
  bool is_field_like =
      modifiers.var || modifiers.is_final || modifiers.late || (modifiers.is_const != nullptr);
  TypeNode* type = nullptr;
  auto at_accessor = [&] {
    return (At(TokenKind::kGet) || At(TokenKind::kSet)) && IsIdentifierAt(pos_ + 1);
  };
  auto at_operator = [&] {
    return At(TokenKind::kOperator) && !IsIdentifierAt(pos_ + 1) && Kind(1) != TokenKind::kLParen &&
           Kind(1) != TokenKind::kSemicolon && Kind(1) != TokenKind::kEq;
  };
  if (!at_accessor() && !at_operator()) {
    size_t end = ScanType(pos_);
    if (end != 0 && (IsIdentifierAt(end) || KindAt(end) == TokenKind::kOperator)) {
      type = ParseType();
    }
  }
  if (panic_) return nullptr;
  if (modifiers.var && type != nullptr) {
    SoftErrorAt(type->pos, "Variables can't be declared using both 'var' and a type name.");
  }

  if (!is_field_like &&
      (at_accessor() || at_operator() ||
       (IsIdentifier(Cur()) && (Kind(1) == TokenKind::kLParen || Kind(1) == TokenKind::kLt)))) {
    auto* decl = arena_.New<MethodDecl>(start);
    decl->is_static = modifiers.is_static != nullptr;
    decl->is_external = modifiers.external != nullptr;
    if (modifiers.covariant) {
      SoftError(*modifiers.covariant,
                "Getters, setters and methods can't be declared to be 'covariant'.");
    }
    if (modifiers.abstract) {
      SoftError(*modifiers.abstract, "Members of classes can't be declared to be 'abstract'.");
    }
    FunctionNode* function = arena_.NewFunction();
    function->pos = start;
    function->return_type = type;
    decl->function = function;
    decl->name_pos = Cur().offset;
    if (at_operator()) {
      decl->method_kind = MethodDecl::kOperator;
      Advance();
      decl->name_pos = Cur().offset;
      decl->name = ParseOperatorName();
      if (decl->is_static) SoftErrorAt(start, "Operators can't be static.");
    } else if (at_accessor()) {
      decl->method_kind = At(TokenKind::kGet) ? MethodDecl::kGetter : MethodDecl::kSetter;
      Advance();
      decl->name = ParseIdentifier(&decl->name_pos);
    } else {
      decl->name = ParseIdentifier(&decl->name_pos);
    }
    if (panic_) return nullptr;
    if (At(TokenKind::kLt)) {
      if (decl->method_kind == MethodDecl::kOperator) {
        SoftError(Cur(), "Types parameters aren't allowed when defining an operator.");
      }
      function->type_params = ParseTypeParameters();
    }
    if (decl->method_kind == MethodDecl::kGetter) {
      if (At(TokenKind::kLParen)) {
        SoftError(Cur(), "A getter can't have formal parameters.");
        ParseFormalParameters(&function->params);
      }
    } else if (At(TokenKind::kLParen)) {
      ParseFormalParameters(&function->params);
    } else {
      Error(Cur(), "A method declaration needs an explicit list of parameters.");
      return nullptr;
    }
    if (panic_) return nullptr;
    if (decl->method_kind == MethodDecl::kOperator && decl->name == "-" &&
        function->params.empty()) {
      decl->name = "unary-";
    }
    ParseFunctionBody(function, /*is_expression=*/false, /*allow_empty=*/true);
    decl->is_abstract =
        function->body == nullptr && function->arrow_body == nullptr && !decl->is_external;
    return decl;
  }

  if (!is_field_like && type == nullptr) {
    if (IsIdentifier(Cur()) && (Kind(1) == TokenKind::kEq || Kind(1) == TokenKind::kSemicolon ||
                                Kind(1) == TokenKind::kComma)) {
      SoftError(Cur(),
                "Variables must be declared using the keywords 'const', 'final', 'var' or a "
                "type name.");
    } else {
      Error(Cur(), "Expected a class member, but got '" + Lexeme(Cur()) + "'.");
      return nullptr;
    }
  }
  auto* decl = arena_.New<FieldDecl>(start);
  decl->type = type;
  decl->is_static = modifiers.is_static != nullptr;
  decl->is_final = modifiers.is_final != nullptr;
  decl->is_const = modifiers.is_const != nullptr;
  decl->is_late = modifiers.late != nullptr;
  decl->is_covariant = modifiers.covariant != nullptr;
  decl->is_external = modifiers.external != nullptr;
  if (modifiers.abstract) {
    Unsupported(*modifiers.abstract, "An abstract field");
    return nullptr;
  }
  if (decl->is_const && !decl->is_static) {
    SoftErrorAt(start, "Only static fields can be declared as const.");
  }
  ParseFieldVariables(&decl->vars, decl->is_const);
  if (panic_) return nullptr;
  decl->name = decl->vars[0].name;
  decl->name_pos = decl->vars[0].pos;
  ExpectSemicolon();
  return decl;
}

// ---------------------------------------------------------------------------------------------
// Formal parameters and function bodies

void Parser::ParseFormalParameters(std::vector<Param>* params) {
  if (!Expect(TokenKind::kLParen)) return;
  while (!At(TokenKind::kRParen) && !AtEof() && !panic_) {
    if (At(TokenKind::kLBracket) || At(TokenKind::kLBrace)) {
      bool named = At(TokenKind::kLBrace);
      TokenKind close = named ? TokenKind::kRBrace : TokenKind::kRBracket;
      Advance();
      if (At(close)) {
        SoftError(Cur(), named ? "Named parameter lists cannot be empty."
                               : "Optional parameter lists cannot be empty.");
      }
      while (!At(close) && !AtEof() && !panic_) {
        params->push_back(
            ParseFormalParameter(named ? ParamSection::kNamed : ParamSection::kOptional));
        if (!Match(TokenKind::kComma)) break;
      }
      Expect(close);
      break;
    }
    params->push_back(ParseFormalParameter(ParamSection::kRequired));
    if (!Match(TokenKind::kComma)) break;
  }
  if (!panic_) Expect(TokenKind::kRParen);
}

Param Parser::ParseFormalParameter(ParamSection section) {
  ParseMetadata();
  Param param;
  param.is_named = section == ParamSection::kNamed;
  param.is_optional = section != ParamSection::kRequired;
  auto is_modifier_here = [&] {
    TokenKind next = Kind(1);
    return next != TokenKind::kComma && next != TokenKind::kRParen && next != TokenKind::kRBrace &&
           next != TokenKind::kRBracket && next != TokenKind::kEq && next != TokenKind::kColon &&
           next != TokenKind::kLParen;
  };
  if (At(TokenKind::kRequired) && is_modifier_here()) {
    if (section != ParamSection::kNamed) {
      SoftError(Cur(), "Can't have modifier 'required' here.");
    }
    Advance();
    param.is_required = section == ParamSection::kNamed;
    param.is_optional = section == ParamSection::kOptional;
  }
  if (At(TokenKind::kCovariant) && is_modifier_here()) {
    Advance();
    param.is_covariant = true;
  }
  if (At(TokenKind::kFinal)) {
    Advance();
    param.is_final = true;
  } else if (At(TokenKind::kVar)) {
    Advance();
  } else if (At(TokenKind::kConst)) {
    SoftError(Cur(), "Can't have modifier 'const' here.");
    Advance();
  }
  if (!At(TokenKind::kThis) && !At(TokenKind::kSuper)) {
    size_t end = ScanType(pos_);
    if (end != 0 && (IsIdentifierAt(end) || KindAt(end) == TokenKind::kThis ||
                     KindAt(end) == TokenKind::kSuper)) {
      param.type = ParseType();
    }
  }
  if ((At(TokenKind::kThis) || At(TokenKind::kSuper)) && Kind(1) == TokenKind::kDot) {
    param.is_this_init = At(TokenKind::kThis);
    param.is_super_init = At(TokenKind::kSuper);
    Advance();
    Advance();
  }
  param.name = ParseIdentifier(&param.pos);
  if (panic_) return param;
  if (At(TokenKind::kLParen) || At(TokenKind::kLt)) {
    // A function-typed parameter: int f(String s).
    uint32_t pos = Cur().offset;
    if (At(TokenKind::kLt)) ParseTypeParameters();
    std::vector<Param> inner;
    ParseFormalParameters(&inner);
    param.type = FunctionTypeOfParameters(inner, param.type, pos);
    if (Match(TokenKind::kQuestion)) param.type->nullable = true;
  }
  if (At(TokenKind::kEq) || (At(TokenKind::kColon) && section == ParamSection::kNamed)) {
    const Token& eq = Advance();
    if (section == ParamSection::kRequired) {
      SoftError(eq, "Non-optional parameters can't have a default value.");
    } else if (param.is_required) {
      SoftError(eq,
                "Named parameter '" + param.name + "' is required and can't have a default value.");
    }
    bool saved = in_const_;
    in_const_ = true;
    param.default_value = ParseExpression();
    in_const_ = saved;
  } else if (At(TokenKind::kColon) && section == ParamSection::kOptional) {
    Error(Cur(), "Positional optional parameters can't use ':' to specify a default value.");
  }
  return param;
}

TypeNode* Parser::FunctionTypeOfParameters(const std::vector<Param>& params, TypeNode* return_type,
                                           uint32_t pos) {
  TypeNode* type = arena_.NewType();
  type->kind = TypeNode::kFunction;
  type->pos = pos;
  type->return_type = return_type;
  for (const Param& p : params) {
    TypeNode* t = p.type != nullptr ? p.type : NamedType("dynamic", p.pos);
    if (p.is_named) {
      type->named.emplace_back(p.name, t);
    } else if (p.is_optional) {
      type->optional.push_back(t);
    } else {
      type->positional.push_back(t);
    }
  }
  return type;
}

AsyncKind Parser::ParseAsyncModifier() {
  if (At(TokenKind::kAsync)) {
    Advance();
    if (Match(TokenKind::kStar)) return AsyncKind::kAsyncStar;
    return AsyncKind::kAsync;
  }
  if (At(TokenKind::kSync)) {
    if (Kind(1) == TokenKind::kStar) {
      Advance();
      Advance();
      return AsyncKind::kSyncStar;
    }
    if (Kind(1) == TokenKind::kLBrace || Kind(1) == TokenKind::kArrow) {
      SoftError(Cur(), "Invalid modifier 'sync'.");
      Advance();
    }
  }
  return AsyncKind::kSync;
}

void Parser::ParseFunctionBody(FunctionNode* function, bool is_expression, bool allow_empty) {
  function->async_kind = ParseAsyncModifier();
  AsyncKind saved_async = async_kind_;
  bool saved_const = in_const_;
  bool saved_block = allow_block_function_;
  async_kind_ = function->async_kind;
  in_const_ = false;
  allow_block_function_ = true;
  if (At(TokenKind::kArrow)) {
    const Token& arrow = Advance();
    if (function->async_kind == AsyncKind::kSyncStar ||
        function->async_kind == AsyncKind::kAsyncStar) {
      SoftError(arrow, "'sync*' and 'async*' can't return a value.");
    }
    function->arrow_body = ParseExpression();
    function->end_pos = Previous().offset;  // The last token of the expression.
    if (!is_expression) ExpectSemicolon();
  } else if (At(TokenKind::kLBrace)) {
    function->body = ParseBlock();
    function->end_pos = Previous().offset;
  } else if (allow_empty && At(TokenKind::kSemicolon) && function->async_kind == AsyncKind::kSync) {
    function->end_pos = Cur().offset;
    Advance();
  } else if (At(TokenKind::kSemicolon) && !is_expression) {
    // `void f();` outside a class: Dart asks for a body.
    Error(Cur(), "Expected a function body, but got ';'.");
  } else {
    Error(Cur(), "Expected a function body, but got '" + Lexeme(Cur()) + "'.");
  }
  async_kind_ = saved_async;
  in_const_ = saved_const;
  allow_block_function_ = saved_block;
}

}  // namespace islet
