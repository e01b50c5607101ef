// Syntax variety from real code: generic typedefs, function-typed parameters, labeled loops, multi-variable for, cascades with index and null-aware, collection if/for/case, switch with logical-or patterns, nested comments, digit separators.
typedef Predicate<T> = bool Function(T value);
typedef Reducer<T, R> = R Function(R acc, T value);
typedef Callback = void Function(String event, {int? code});

List<T> filter<T>(Iterable<T> items, Predicate<T> test) => [for (final i in items) if (test(i)) i];
R reduce<T, R>(Iterable<T> items, R initial, Reducer<T, R> f) {
  var acc = initial;
  for (final i in items) {
    acc = f(acc, i);
  }
  return acc;
}

String classifyChar(String ch) => switch (ch) {
      'a' || 'e' || 'i' || 'o' || 'u' => 'vowel',
      ' ' || '\t' || '\n' => 'space',
      _ when RegExp(r'\d').hasMatch(ch) => 'digit',
      _ => 'other',
    };

int? findPair(List<List<int>> grid, int target) {
  var checks = 0;
  outer:
  for (var r = 0; r < grid.length; r++) {
    for (var c = 0; c < grid[r].length; c++) {
      checks++;
      if (grid[r][c] < 0) continue outer;
      if (grid[r][c] == target) break outer;
    }
  }
  return checks;
}

void notify(Callback? cb) {
  cb?.call('start');
  cb?.call('stop', code: 3);
}

class Config {
  String? host;
  int port = 80;
  List<String> tags = [];
  Map<String, String>? extra;
  @override
  String toString() => 'Config($host:$port $tags ${extra ?? '-'})';
}

const million = 1_000_000;
const mask = 0xFF_FF;

void main() {
  print(filter([1, 2, 3, 4, 5, 6], (int x) => x.isEven));
  print(filter(['a', 'bb', 'ccc'], (String s) => s.length > 1));
  print(reduce<String, int>(['a', 'bb', 'ccc'], 0, (acc, s) => acc + s.length));
  print(reduce<int, String>([1, 2, 3], '', (acc, n) => '$acc$n'));
  print('hello 42\tx'.split('').map(classifyChar).toSet());
  print(findPair([[1, 2, 3], [-1, 9, 9], [4, 5, 6]], 5));
  final events = <String>[];
  notify((e, {code}) => events.add('$e${code == null ? '' : '#$code'}'));
  notify(null);
  print(events);

  final cfg = Config()
    ..host = 'localhost'
    ..port = 8080
    ..tags.add('dev')
    ..tags.addAll(['a', 'b'])
    ..extra?.clear();
  print(cfg);
  cfg.extra ??= {};
  cfg
    ..extra!['k'] = 'v'
    ..tags[0] = 'prod';
  print(cfg);
  Config? none;
  none
    ?..host = 'x'
    ..port = 1;
  print(none);

  List<int>? maybe;
  final combined = [0, ...?maybe, ...[1, 2], if (maybe == null) -1 else -2, for (var i = 0; i < 2; i++) i * 10];
  print(combined);
  final Object data = {'type': 'point', 'x': 3, 'y': 4};
  final parts = [
    'start',
    if (data case {'type': 'point', 'x': int x, 'y': int y}) 'point($x,$y)',
    if (data case {'type': 'line'}) 'line',
  ];
  print(parts);
  final matrix = [for (var r = 0; r < 3; r++) [for (var c = 0; c < 3; c++) if (c >= r) r * 3 + c else 0]];
  print(matrix);

  for (var i = 0, j = 10; i < j; i += 3, j -= 3) {
    print('i=$i j=$j');
  }
  var k = 0;
  do {
    k += 7;
  } while (k % 5 != 0);
  print(k);
  /* block comment /* nested */ still comment */
  print(million + mask);
  print(0x7FFFFFFFFFFFFFFF + 1 == -0x8000000000000000);
  print(~0xF0 & 0xFF);
  print(int.parse('+5') + int.parse('-0'));
  print('${cfg.host!.toUpperCase()}:${cfg.port ~/ 100}');
  print("It's ${'"quoted"'} and \$escaped and ${r'$raw'}");
  print('''multi
  line ${1 + 1}''');
  print(r'''raw multi $x
line''');
  print('adjacent ' 'strings ' "joined");
  const consts = {'a': [1, 2], 'b': <int>[]};
  print(consts['a']!.length + consts['b']!.length);
  final fnList = <int Function(int)>[(x) => x + 1, (x) => x * 2, (int x) { return x * x; }];
  print(fnList.fold<int>(3, (acc, f) => f(acc)));
  int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);
  print(List.generate(10, fib));
  var counter = 0;
  int next() => ++counter;
  print([next(), next(), next()]);
  print(counter++ + ++counter);
  var s = 'x';
  s += 'y' * 2;
  s = s.padLeft(5, '.');
  print(s);
  int? n;
  n ??= 10;
  n = n! ~/ 3;
  print(n);
  print(switch (n) { < 0 => 'neg', 0 => 'zero', >= 1 && <= 5 => 'small', _ => 'big' });
  final (q, r) = (17 ~/ 5, 17 % 5);
  print('$q r$r');
}

// expect: [2, 4, 6]
// expect: [bb, ccc]
// expect: 6
// expect: 123
// expect: {other, vowel, space, digit}
// expect: 6
// expect: [start, stop#3]
// expect: Config(localhost:8080 [dev, a, b] -)
// expect: Config(localhost:8080 [prod, a, b] {k: v})
// expect: null
// expect: [0, 1, 2, -1, 0, 10]
// expect: [start, point(3,4)]
// expect: [[0, 1, 2], [0, 4, 5], [0, 0, 8]]
// expect: i=0 j=10
// expect: i=3 j=7
// expect: 35
// expect: 1065535
// expect: true
// expect: 15
// expect: 5
// expect: LOCALHOST:80
// expect: It's "quoted" and $escaped and $raw
// expect: multi
// expect:   line 2
// expect: raw multi $x
// expect: line
// expect: adjacent strings joined
// expect: 2
// expect: 64
// expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
// expect: [1, 2, 3]
// expect: 8
// expect: ..xyy
// expect: 3
// expect: small
// expect: 3 r2
