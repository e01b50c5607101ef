// A tokenizer and recursive-descent calculator with variables, precedence and error reporting.
enum TokenType { number, ident, op, lparen, rparen, assign, end }

class Token {
  final TokenType type;
  final String text;
  Token(this.type, this.text);
  @override
  String toString() => '${type.name}($text)';
}

class CalcError implements Exception {
  final String message;
  CalcError(this.message);
  @override
  String toString() => 'error: $message';
}

bool isDigit(String c) => c.codeUnitAt(0) >= 48 && c.codeUnitAt(0) <= 57;

bool isLetter(String c) {
  var u = c.codeUnitAt(0);
  return (u >= 97 && u <= 122) || (u >= 65 && u <= 90) || c == '_';
}

List<Token> tokenize(String src) {
  var tokens = <Token>[];
  var i = 0;
  while (i < src.length) {
    var c = src[i];
    if (c == ' ') {
      i++;
    } else if (isDigit(c)) {
      var start = i;
      while (i < src.length && isDigit(src[i])) i++;
      tokens.add(Token(TokenType.number, src.substring(start, i)));
    } else if (isLetter(c)) {
      var start = i;
      while (i < src.length && (isLetter(src[i]) || isDigit(src[i]))) i++;
      tokens.add(Token(TokenType.ident, src.substring(start, i)));
    } else if ('+-*/%'.contains(c)) {
      tokens.add(Token(TokenType.op, c));
      i++;
    } else if (c == '(' || c == ')') {
      tokens.add(Token(c == '(' ? TokenType.lparen : TokenType.rparen, c));
      i++;
    } else if (c == '=') {
      tokens.add(Token(TokenType.assign, c));
      i++;
    } else {
      throw CalcError("unexpected character '$c' at $i");
    }
  }
  tokens.add(Token(TokenType.end, ''));
  return tokens;
}

class Parser {
  final List<Token> tokens;
  final Map<String, int> vars;
  int pos = 0;
  Parser(this.tokens, this.vars);

  Token get peek => tokens[pos];
  Token next() => tokens[pos++];

  int statement() {
    String? target;
    if (peek.type == TokenType.ident && tokens[pos + 1].type == TokenType.assign) {
      target = next().text;
      next();
    }
    var value = expression();
    if (peek.type != TokenType.end) throw CalcError('unexpected $peek');
    if (target != null) vars[target] = value;
    return value;
  }

  int expression() {
    var value = term();
    while (peek.type == TokenType.op && (peek.text == '+' || peek.text == '-')) {
      var op = next().text;
      var rhs = term();
      value = op == '+' ? value + rhs : value - rhs;
    }
    return value;
  }

  int term() {
    var value = factor();
    while (peek.type == TokenType.op && '*/%'.contains(peek.text)) {
      var op = next().text;
      var rhs = factor();
      if (op != '*' && rhs == 0) throw CalcError('division by zero');
      switch (op) {
        case '*':
          value *= rhs;
        case '/':
          value ~/= rhs;
        default:
          value %= rhs;
      }
    }
    return value;
  }

  int factor() {
    var t = next();
    switch (t.type) {
      case TokenType.number:
        return int.parse(t.text);
      case TokenType.ident:
        var known = vars[t.text];
        if (known == null) throw CalcError("unknown variable '${t.text}'");
        return known;
      case TokenType.op:
        if (t.text == '-') return -factor();
        throw CalcError('unexpected $t');
      case TokenType.lparen:
        var inner = expression();
        if (next().type != TokenType.rparen) throw CalcError('missing )');
        return inner;
      default:
        throw CalcError('unexpected $t');
    }
  }
}

void main() {
  print(tokenize('a1 = (12+b)*3'));
  // expect: [ident(a1), assign(=), lparen((), number(12), op(+), ident(b), rparen()), op(*), number(3), end()]
  var vars = <String, int>{};
  var lines = ['1 + 2 * 3', '(1 + 2) * 3', 'x = 10', 'y = x * x - 1', 'y / 7 + y % 7'];
  lines.addAll(['-(x - 20) * 2', '7 / (x - 10)', 'z + 1', '3 \$ 4', '2 * (3 + 4', '4 4']);
  lines.addAll(['* 2', 'answer = 6 * 7']);
  for (var line in lines) {
    try {
      var result = Parser(tokenize(line), vars).statement();
      print('$line => $result');
    } on CalcError catch (e) {
      print('$line => $e');
    }
  }
  // expect: 1 + 2 * 3 => 7
  // expect: (1 + 2) * 3 => 9
  // expect: x = 10 => 10
  // expect: y = x * x - 1 => 99
  // expect: y / 7 + y % 7 => 15
  // expect: -(x - 20) * 2 => 20
  // expect: 7 / (x - 10) => error: division by zero
  // expect: z + 1 => error: unknown variable 'z'
  // expect: 3 $ 4 => error: unexpected character '$' at 2
  // expect: 2 * (3 + 4 => error: missing )
  // expect: 4 4 => error: unexpected number(4)
  // expect: * 2 => error: unexpected op(*)
  // expect: answer = 6 * 7 => 42
  print(vars); // expect: {x: 10, y: 99, answer: 42}
}
