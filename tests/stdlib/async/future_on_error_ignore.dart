// Future.onError handles the errors of its type parameter (and test), passing others on;
// Future.ignore drops a future's result so its error is not reported as unhandled.
Future<void> main() async {
  print(await Future<int>.error(FormatException('bad')).onError((e, s) => -1)); // expect: -1
  print(await Future<int>.error(FormatException('bad')).onError<FormatException>((e, s) => -2)); // expect: -2
  try {
    await Future<int>.error(StateError('st')).onError<FormatException>((e, s) => -3);
  } catch (e) {
    print('passed on: $e'); // expect: passed on: Bad state: st
  }
  print(await Future<int>.error(ArgumentError('x'))
      .onError<ArgumentError>((e, s) => -4, test: (e) => e.message == 'x')); // expect: -4
  print(await Future.value(5).onError((e, s) => 0)); // expect: 5
  Future.error('ignored').ignore();
  await Future.delayed(Duration(milliseconds: 1));
  print('done'); // expect: done
}
