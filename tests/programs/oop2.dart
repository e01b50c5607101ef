// Inheritance details: super getters/setters, fields overridden by accessors, covariant ==, generic mixins with state, interfaces satisfied by noSuchMethod, toString through super chains.
class Point {
  final int x, y;
  const Point(this.x, this.y);
  @override
  bool operator ==(covariant Point other) => other.x == x && other.y == y;
  @override
  int get hashCode => Object.hash(x, y);
  @override
  String toString() => 'Point($x, $y)';
}

class Point3 extends Point {
  final int z;
  const Point3(super.x, super.y, this.z);
  @override
  bool operator ==(Object other) => other is Point3 && super == other && other.z == z;
  @override
  int get hashCode => Object.hash(super.hashCode, z);
  @override
  String toString() => '${super.toString().replaceFirst(')', '')}, $z)';
}

class Account {
  int balance = 0;
  String get label => 'account';
}

class Audited extends Account {
  final changes = <int>[];
  @override
  int get balance => super.balance;
  @override
  set balance(int v) {
    changes.add(v - super.balance);
    super.balance = v;
  }

  @override
  String get label => 'audited ${super.label}';
}

mixin Cache<K, V> {
  final Map<K, V> _cache = {};
  int misses = 0;
  V cached(K key, V Function() compute) => _cache.putIfAbsent(key, () {
        misses++;
        return compute();
      });
}

class Fib with Cache<int, BigInt> {
  BigInt fib(int n) => n < 2 ? BigInt.from(n) : cached(n, () => fib(n - 1) + fib(n - 2));
}

abstract class Storage {
  void write(String key, String value);
  String? read(String key);
  int get size;
}

class MemoryStorage implements Storage {
  final _data = <String, String>{};
  final calls = <String>[];
  @override
  dynamic noSuchMethod(Invocation i) {
    final name = i.memberName.toString().replaceAll(RegExp(r'Symbol\("|"\)'), '');
    calls.add(name);
    if (name == 'write') {
      _data[i.positionalArguments[0] as String] = i.positionalArguments[1] as String;
      return null;
    }
    if (name == 'read') return _data[i.positionalArguments[0]];
    if (name == 'size') return _data.length;
    return super.noSuchMethod(i);
  }
}

abstract class Animal {
  String get sound;
  String speak() => '$runtimeType says $sound';
  @override
  String toString() => 'Animal(${speak()})';
}

class Dog extends Animal {
  @override
  final String sound = 'woof';
}

class Puppy extends Dog {
  @override
  String get sound => '${super.sound}!';
  @override
  String speak() => '${super.speak()} (tiny)';
}

void main() {
  const p = Point(1, 2);
  print(p == const Point(1, 2));
  print(Point3(1, 2, 3) == Point3(1, 2, 3));
  print(Point3(1, 2, 3) == Point3(1, 2, 4));
  print(p == Point3(1, 2, 3));
  print(Point3(1, 2, 3));
  print({Point3(1, 2, 3), Point3(1, 2, 3), const Point(1, 2)}.length);

  final a = Audited();
  a.balance = 10;
  a.balance += 5;
  a.balance -= 3;
  print('${a.balance} ${a.changes} ${a.label}');

  final f = Fib();
  print(f.fib(90));
  print(f.misses);
  print(f.fib(50));
  print(f.misses);

  final Storage s = MemoryStorage();
  s.write('a', '1');
  s.write('b', '2');
  print('${s.read('a')} ${s.read('zz')} ${s.size}');
  print((s as MemoryStorage).calls);
  try {
    (s as dynamic).delete('a');
  } on NoSuchMethodError catch (e) {
    print(e.toString().split('\n').first);
  }

  print(Dog());
  print(Puppy().speak());
  print([Dog(), Puppy()].map((d) => d.sound).toList());
}

// expect: true
// expect: true
// expect: false
// expect: true
// expect: Point(1, 2, 3)
// expect: 2
// expect: 12 [10, 5, -3] audited account
// expect: 2880067194370816120
// expect: 89
// expect: 12586269025
// expect: 89
// expect: 1 null 2
// expect: [write, write, read, read, size]
// expect: NoSuchMethodError: Class 'MemoryStorage' has no instance method 'delete'.
// expect: Animal(Dog says woof)
// expect: Puppy says woof! (tiny)
// expect: [woof, woof!]
