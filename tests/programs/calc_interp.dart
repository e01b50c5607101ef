// A tiny expression language: RegExp tokenizer, recursive-descent parser into a sealed AST, evaluation with variables and functions, error reporting.
import 'dart:math' as math;

enum TokenKind { number, ident, op, lparen, rparen, comma, eof }

class Token {
  final TokenKind kind;
  final String text;
  final int pos;
  const Token(this.kind, this.text, this.pos);
  @override
  String toString() => '${kind.name}(${text})';
}

class ParseError implements Exception {
  final String message;
  final int pos;
  ParseError(this.message, this.pos);
  @override
  String toString() => 'ParseError at $pos: $message';
}

final _tokenRe = RegExp(r'\s*(?:(?<num>\d+(?:\.\d+)?)|(?<id>[a-zA-Z_]\w*)|(?<op>\*\*|[-+*/%^=])|(?<p>[(),]))');

List<Token> tokenize(String src) {
  final tokens = <Token>[];
  var pos = 0;
  while (pos < src.length) {
    final m = _tokenRe.matchAsPrefix(src, pos);
    if (m == null || m.end == pos) {
      if (src.substring(pos).trim().isEmpty) break;
      throw ParseError('unexpected character "${src[pos]}"', pos);
    }
    if (m.namedGroup('num') case final n?) {
      tokens.add(Token(TokenKind.number, n, m.start));
    } else if (m.namedGroup('id') case final id?) {
      tokens.add(Token(TokenKind.ident, id, m.start));
    } else if (m.namedGroup('op') case final op?) {
      tokens.add(Token(TokenKind.op, op, m.start));
    } else {
      final p = m.namedGroup('p')!;
      tokens.add(Token(switch (p) { '(' => TokenKind.lparen, ')' => TokenKind.rparen, _ => TokenKind.comma }, p, m.start));
    }
    pos = m.end;
  }
  tokens.add(Token(TokenKind.eof, '', src.length));
  return tokens;
}

sealed class Expr {}

class Num extends Expr {
  final double value;
  Num(this.value);
}

class Var extends Expr {
  final String name;
  Var(this.name);
}

class Unary extends Expr {
  final String op;
  final Expr operand;
  Unary(this.op, this.operand);
}

class Binary extends Expr {
  final String op;
  final Expr left, right;
  Binary(this.op, this.left, this.right);
}

class Call extends Expr {
  final String name;
  final List<Expr> args;
  Call(this.name, this.args);
}

class Assign extends Expr {
  final String name;
  final Expr value;
  Assign(this.name, this.value);
}

class Parser {
  final List<Token> tokens;
  int _i = 0;
  Parser(this.tokens);
  Token get _peek => tokens[_i];
  Token _next() => tokens[_i++];
  bool _accept(String text) {
    if (_peek.text == text && _peek.kind != TokenKind.eof) {
      _i++;
      return true;
    }
    return false;
  }

  Expr parse() {
    final e = _assignment();
    if (_peek.kind != TokenKind.eof) throw ParseError('unexpected ${_peek}', _peek.pos);
    return e;
  }

  Expr _assignment() {
    if (_peek.kind == TokenKind.ident && tokens[_i + 1].text == '=') {
      final name = _next().text;
      _next();
      return Assign(name, _assignment());
    }
    return _sum();
  }

  Expr _sum() {
    var e = _product();
    while (_peek.text == '+' || _peek.text == '-') {
      final op = _next().text;
      e = Binary(op, e, _product());
    }
    return e;
  }

  Expr _product() {
    var e = _power();
    while (const {'*', '/', '%'}.contains(_peek.text)) {
      final op = _next().text;
      e = Binary(op, e, _power());
    }
    return e;
  }

  Expr _power() {
    final base = _unary();
    if (_accept('^') || _accept('**')) return Binary('^', base, _power());
    return base;
  }

  Expr _unary() => _accept('-') ? Unary('-', _unary()) : _primary();

  Expr _primary() {
    final t = _next();
    switch (t.kind) {
      case TokenKind.number:
        return Num(double.parse(t.text));
      case TokenKind.ident when _peek.kind == TokenKind.lparen:
        _next();
        final args = <Expr>[];
        if (_peek.kind != TokenKind.rparen) {
          do {
            args.add(_assignment());
          } while (_accept(','));
        }
        if (_next().kind != TokenKind.rparen) throw ParseError('expected )', t.pos);
        return Call(t.text, args);
      case TokenKind.ident:
        return Var(t.text);
      case TokenKind.lparen:
        final e = _assignment();
        if (_next().kind != TokenKind.rparen) throw ParseError('expected )', t.pos);
        return e;
      default:
        throw ParseError('unexpected $t', t.pos);
    }
  }
}

class Evaluator {
  final env = <String, double>{'pi': math.pi};
  static final Map<String, double Function(List<double>)> functions = {
    'sqrt': (a) => math.sqrt(a.single),
    'max': (a) => a.reduce(math.max),
    'min': (a) => a.reduce(math.min),
    'avg': (a) => a.fold(0.0, (s, x) => s + x) / a.length,
  };

  double eval(Expr e) => switch (e) {
        Num(:final value) => value,
        Var(:final name) => env[name] ?? (throw StateError('undefined variable $name')),
        Unary(operand: final o) => -eval(o),
        Binary(op: '+', :final left, :final right) => eval(left) + eval(right),
        Binary(op: '-', :final left, :final right) => eval(left) - eval(right),
        Binary(op: '*', :final left, :final right) => eval(left) * eval(right),
        Binary(op: '/', :final left, :final right) => eval(left) / eval(right),
        Binary(op: '%', :final left, :final right) => eval(left) % eval(right),
        Binary(op: '^', :final left, :final right) => math.pow(eval(left), eval(right)).toDouble(),
        Binary(:final op) => throw UnsupportedError('operator $op'),
        Call(:final name, :final args) => (functions[name] ?? (throw StateError('unknown function $name')))(args.map(eval).toList()),
        Assign(:final name, :final value) => env[name] = eval(value),
      };
}

String fmt(double v) => v == v.truncateToDouble() && v.abs() < 1e15 ? v.toInt().toString() : v.toStringAsFixed(4);

void main() {
  print(tokenize('x = 3.5 * (y + 2)'));
  final ev = Evaluator();
  const programs = [
    '1 + 2 * 3',
    '(1 + 2) * 3',
    '2 ^ 3 ^ 2',
    '-2 ** 2',
    'x = 10',
    'y = x / 4',
    'x % 3 + y',
    'sqrt(16) + max(1, 7, 3)',
    'avg(1, 2, 3, 4)',
    'r = 2',
    'pi * r ^ 2',
    '1 / 0',
    'z + 1',
    'foo(1)',
    '3 +',
    '4 # 2',
    'min()',
    '(1 + 2',
  ];
  for (final src in programs) {
    try {
      final value = ev.eval(Parser(tokenize(src)).parse());
      print('${src.padRight(24)} => ${fmt(value)}');
    } on ParseError catch (e) {
      print('${src.padRight(24)} !! $e');
    } on StateError catch (e) {
      print('${src.padRight(24)} !! ${e.message}');
    } catch (e) {
      print('${src.padRight(24)} !! ${e.runtimeType}: $e');
    }
  }
  print(ev.env.keys.toList()..sort());
}

// expect: [ident(x), op(=), number(3.5), op(*), lparen((), ident(y), op(+), number(2), rparen()), eof()]
// expect: 1 + 2 * 3                => 7
// expect: (1 + 2) * 3              => 9
// expect: 2 ^ 3 ^ 2                => 512
// expect: -2 ** 2                  => 4
// expect: x = 10                   => 10
// expect: y = x / 4                => 2.5000
// expect: x % 3 + y                => 3.5000
// expect: sqrt(16) + max(1, 7, 3)  => 11
// expect: avg(1, 2, 3, 4)          => 2.5000
// expect: r = 2                    => 2
// expect: pi * r ^ 2               => 12.5664
// expect: 1 / 0                    => Infinity
// expect: z + 1                    !! undefined variable z
// expect: foo(1)                   !! unknown function foo
// expect: 3 +                      !! ParseError at 3: unexpected eof()
// expect: 4 # 2                    !! ParseError at 1: unexpected character " "
// expect: min()                    !! No element
// expect: (1 + 2                   !! ParseError at 0: expected )
// expect: [pi, r, x, y]
