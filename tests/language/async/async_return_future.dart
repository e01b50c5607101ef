// Returning a future from an async function completes with that future's result.
Future<String> inner() => Future.delayed(Duration(milliseconds: 1), () => 'inner');

Future<String> outer() async {
  return inner();
}

Future<void> main() async {
  print(await outer());
}
// expect: inner
