// jsonEncode finds cycles with an identity set: a structure nested 20,000 deep encodes in
// linear time (scanning the path to each value made it quadratic: minutes), one nested deeper
// than the stack ends in StackOverflowError, and a cycle is still a JsonCyclicError.
// skip under gc-stress: builds and encodes structures of 300,000 objects
import 'dart:convert';

void main() {
  Object deep = 0;
  for (var i = 0; i < 20000; i++) deep = [deep];
  var text = jsonEncode(deep);
  print(text.length);
  // expect: 40001
  Object deeper = 0;
  for (var i = 0; i < 300000; i++) deeper = {'k': deeper};
  try {
    jsonEncode(deeper);
    print('no error');
  } on StackOverflowError {
    print('StackOverflowError');
  }
  // expect: StackOverflowError
  var cycle = <Object>[1];
  cycle.add({'back': cycle});
  try {
    jsonEncode(cycle);
  } on JsonCyclicError catch (e) {
    print(e.runtimeType);
  }
  // expect: JsonCyclicError
  var shared = [1];
  print(jsonEncode([shared, shared, {'a': shared}]));
  // expect: [[1],[1],{"a":[1]}]
}
