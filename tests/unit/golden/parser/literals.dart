// Numbers, strings (escapes, raw, multi-line, adjacent, interpolation) and collections.
void main() {
  n = 0;
  n = 1_000_000;
  n = 0xFF;
  n = 0x7FFFFFFFFFFFFFFF;
  n = 0xFFFFFFFFFFFFFFFF;
  n = 9223372036854775807;
  d = 1.5;
  d = .25;
  d = 1e-7;
  d = 2.5E+3;
  d = 1_000.000_1;
  b = true;
  b = false;
  z = null;
  s = 'single';
  s = "double";
  s = 'it\'s';
  s = "tab\there\nnewline \\ \$ \"";
  s = '\x41\u0042\u{1F600}';
  s = r'raw \n $x';
  s = '''
multi
line''';
  s = """a "quoted" word""";
  s = 'adjacent' ' strings' "joined";
  s = 'a$b c${d + 1}e';
  s = '${a}${b}';
  s = '$this and ${this.x}';
  s = 'nested ${'inner ${x}'}';
  s = 'part ' '$x' ' and more';
  l = [];
  l = [1, 2, 3,];
  l = <int>[1];
  l = const [1, 2];
  l = const <String>['a'];
  l = [...a, ...?b, if (c) 1, if (d) 2 else 3, for (var i in e) i, for (var i = 0; i < 2; i++) i];
  l = [for (var i in a) if (i > 0) i];
  m = {};
  m = {'a': 1, 'b': 2};
  m = <String, int>{};
  m = const {1: 'one'};
  m = {for (var k in keys) k: k.length, if (x) 'y': 1, ...other};
  t = {1, 2, 3};
  t = <int>{};
  t = {...a};
  t = {if (x) ...a};
  t = const {1};
  nested = const [[1], {2: [3]}];
  nested = const [Point(1, 2)];
}
