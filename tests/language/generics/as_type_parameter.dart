// `x as T` inside a generic function casts to the explicit type argument, with Dart's TypeError.
T castTo<T>(Object? x) => x as T;

void main() {
  print(castTo<int>(3) + 1); // expect: 4
  print(castTo<String?>(null)); // expect: null
  try {
    castTo<String>(7);
  } on TypeError catch (e) {
    print(e); // expect: type 'int' is not a subtype of type 'String' in type cast
  }
  try {
    castTo<int>(null);
  } on TypeError catch (e) {
    print(e); // expect: type 'Null' is not a subtype of type 'int' in type cast
  }
  castTo<int>('x'); // expect runtime error: type 'String' is not a subtype of type 'int' in type cast
}
