// Checks that the null-check error can be caught and prints Dart's message.
int? nothing() => null;

void main() {
  try {
    nothing()!;
  } catch (e) {
    print(e); // expect: Null check operator used on a null value
  }
  print('after'); // expect: after
}
