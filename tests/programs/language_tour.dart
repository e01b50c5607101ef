// A tour of less common but valid Dart syntax: generic function typedefs, operator declarations, super parameters, static late fields, generic enums, unnamed generic extensions, labeled blocks, symbol literals.
typedef Mapper = T Function<T>(T value);
typedef Opt = void Function({int a});

T identity<T>(T v) => v;

class Money {
  final int c;
  const Money(this.c);
  Money operator ~/(int d) => Money(c ~/ d);
  Money operator %(int d) => Money(c % d);
  Money operator <<(int s) => Money(c << s);
  Money operator ~() => Money(~c);
  bool operator >=(Money o) => c >= o.c;
  @override
  String toString() => 'M$c';
}

class Grid {
  final List<int> cells = List.filled(4, 0);
  int operator [](int i) => cells[i];
  void operator []=(int i, int v) => cells[i] = v;
}

class Base {
  final String name;
  final int? key;
  const Base(this.name, {this.key});
}

class Child extends Base {
  final int w, h;
  final int area;
  const Child(super.name, this.w, this.h, {super.key})
      : assert(w > 0),
        area = w * h;
}

class Lazy {
  static late final String config = load();
  static int loads = 0;
  static String load() {
    loads++;
    return 'cfg';
  }

  late final int heavy = () {
    loads++;
    return 42;
  }();
  covariant num weight = 0;
}

int _topLevel = 1;
int get topLevel => _topLevel * 10;
set topLevel(int v) => _topLevel = v;

Never fail(String m) => throw StateError(m);

enum Box<T> {
  ints<int>(1),
  strs<String>('s');

  const Box(this.sample);
  final T sample;
}

extension<T> on List<T> {
  T? get secondOrNull => length > 1 ? this[1] : null;
}

extension Zero on int {
  static int zero() => 0;
  int get doubled => this * 2;
}

void main() {
  final Mapper m = identity;
  print(m<int>(5));
  Opt o = ({int a = 3}) => print('a=$a');
  o();
  o(a: 4);
  const mo = Money(100);
  print([mo ~/ 3, mo % 7, mo << 2, ~mo, mo >= const Money(5)]);
  final g = Grid();
  g[1] = 5;
  g[1] += 2;
  g[2]++;
  print(g.cells);
  const ch = Child('c', 2, 3, key: 9);
  print('${ch.name} ${ch.key} ${ch.area}');
  print(Lazy.loads);
  print(Lazy.config);
  print(Lazy.config);
  final lz = Lazy();
  print('${Lazy.loads} ${lz.heavy} ${lz.heavy} ${Lazy.loads}');
  topLevel = 4;
  print(topLevel);
  try {
    fail('never');
  } on StateError catch (e) {
    print(e);
  }
  print(Box.ints.sample + 1);
  print(Box.strs.sample.length);
  print(Box.values.map((b) => b.name));
  print([1, 2, 3].secondOrNull);
  print(<int>[].secondOrNull);
  print(Zero.zero());
  print(21.doubled);
  final value = 7;
  switch (value) {
    case final x when x > 5:
      print('big $x');
    case _:
      print('small');
  }
  Object obj = 12;
  if (obj case int y when y.isEven) print('even int $y');
  final data = {'a': 1, 'b': 2};
  for (final MapEntry(:key, :value) in data.entries) {
    print('$key=$value');
  }
  final pair = ((1, 2), [3, 4]);
  final ((a, b), [c, d]) = pair;
  print(a + b + c + d);
  final f2 = (_, __) => 0;
  print(f2(1, 2));
  void Function()? cb;
  cb?.call();
  cb = () => print('called');
  cb?.call();
  print(#foo.bar);
  print(#[]=);
  block:
  {
    if (value > 3) break block;
    print('not printed');
  }
  print({...?null, 'x': 1});
  int sum<N extends num>(List<N> xs) => xs.fold(0, (s, x) => s + x.toInt());
  print(sum([1.5, 2.5]));
  print('\u{1F600}'.runes.length);
}

// expect: 5
// expect: a=3
// expect: a=4
// expect: [M33, M2, M400, M-101, true]
// expect: [0, 7, 1, 0]
// expect: c 9 6
// expect: 0
// expect: cfg
// expect: cfg
// expect: 1 42 42 2
// expect: 40
// expect: Bad state: never
// expect: 2
// expect: 1
// expect: (ints, strs)
// expect: 2
// expect: null
// expect: 0
// expect: 42
// expect: big 7
// expect: even int 12
// expect: a=1
// expect: b=2
// expect: 10
// expect: 0
// expect: called
// expect: Symbol("foo.bar")
// expect: Symbol("[]=")
// expect: {x: 1}
// expect: 3
// expect: 1
