// The hidden parameter that carries type arguments is invisible to Function.apply,
// noSuchMethod and a closure's toString.
bool isA<T>(Object? x) => x is T;

class Spy {
  @override
  dynamic noSuchMethod(Invocation invocation) {
    print(invocation.positionalArguments);
    print(invocation.namedArguments);
    return null;
  }
}

void main() {
  print(Function.apply(isA, [1])); // expect: true
  Function f = <T>(int a, {int b = 0}) => '$T $a $b';
  print(f(1, b: 2)); // expect: dynamic 1 2
  print(isA); // expect: Closure: <T>(Object?) => bool from Function 'isA': static.
  dynamic spy = Spy();
  spy.anything<int>(1, k: 2);
  // expect: [1]
  // expect: {Symbol("k"): 2}
}
