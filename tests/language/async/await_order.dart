// An async function runs synchronously up to its first await; the caller goes on meanwhile.
Future<void> f() async {
  print('f1');
  await null;
  print('f2');
}

void main() {
  f();
  print('main');
}
// expect: f1
// expect: main
// expect: f2
