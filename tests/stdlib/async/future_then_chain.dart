// then chains values, a callback returning a future is awaited, errors skip then callbacks
// and reach catchError; whenComplete runs either way.
Future<void> main() async {
  var r = await Future.value(1)
      .then((v) => v + 1)
      .then((v) => Future.delayed(Duration.zero, () => v * 10))
      .then((v) => 'value $v');
  print(r);
  await Future<int>.error(StateError('e1'))
      .then((v) => print('skipped'))
      .catchError((e) => print('caught $e'))
      .whenComplete(() => print('complete'));
  var handled = await Future<int>.error(ArgumentError('x'))
      .catchError((e) => -1, test: (e) => e is StateError)
      .catchError((e) => -2, test: (e) => e is ArgumentError);
  print(handled);
  await Future.value(5).then((v) => print('ok $v'), onError: (e) => print('no'));
  await Future.error('boom').then((v) => print('no'), onError: (e, s) => print('onError $e'));
}
// expect: value 20
// expect: caught Bad state: e1
// expect: complete
// expect: -2
// expect: ok 5
// expect: onError boom
