// An error in an async function that nobody handles is reported as unhandled, exit 255.
Future<void> thrower() async {
  await null;
  throw StateError('broken');
}

void main() {
  thrower();
  print('before');
}
// expect: before
// expect runtime error: Bad state: broken
