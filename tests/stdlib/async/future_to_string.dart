// A Future prints as the Dart VM prints it: "Instance of '_Future<T>'" (T is dynamic here,
// as for a Future.delayed or Future.value without a type).
void main() {
  print(Future.delayed(Duration.zero)); // expect: Instance of '_Future<dynamic>'
  print('value: ${Future.value()}'); // expect: value: Instance of '_Future<dynamic>'
}
