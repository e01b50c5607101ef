// `x is T` inside a generic function tests the type argument the call passed explicitly.
bool isA<T>(Object? x) => x is T;
bool isNotA<T>(Object? x) => x is! T;

class Animal {}

class Dog extends Animal {}

void main() {
  print(isA<int>(1)); // expect: true
  print(isA<int>('one')); // expect: false
  print(isA<num>(1.5)); // expect: true
  print(isA<String>(null)); // expect: false
  print(isA<String?>(null)); // expect: true
  print(isA<Object>(null)); // expect: false
  print(isA<Object?>(null)); // expect: true
  print(isA<dynamic>(null)); // expect: true
  print(isA<Null>(null)); // expect: true
  print(isA<Animal>(Dog())); // expect: true
  print(isA<Dog>(Animal())); // expect: false
  print(isA<Function>(main)); // expect: true
  print(isNotA<int>('one')); // expect: true
}
