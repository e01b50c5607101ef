// A failed assert's text, as the Dart VM prints it: the script URI, the line and column where
// the condition starts (its '(' when parenthesized), the condition's source, then the message
// or "is not true.".
// flags: --enable-asserts
class P {
  final int x;
  P(this.x) : assert(x > 0, 'x must be positive');
}

String tail(Object e) => e.toString().substring(e.toString().indexOf(': ') + 2);

void main() {
  var list = [1];
  try {
    assert(list.length > 2);
  } catch (e) {
    print(tail(e)); // expect: Failed assertion: line 15 pos 12: 'list.length > 2': is not true.
  }
  try {
    assert(list.isEmpty, 'not empty: $list');
  } catch (e) {
    print(tail(e)); // expect: Failed assertion: line 20 pos 12: 'list.isEmpty': not empty: [1]
  }
  try {
    assert(
        (list.first == 2));
  } catch (e) {
    print(tail(e)); // expect: Failed assertion: line 26 pos 9: '(list.first == 2)': is not true.
  }
  try {
    P(-1);
  } catch (e) {
    print(tail(e)); // expect: Failed assertion: line 7 pos 22: 'x > 0': x must be positive
  }
  try {
    assert(false);
  } catch (e) {
    print(e.toString().startsWith("'file:///")); // expect: true
    print(e.toString().contains("assert_failure_text.dart': Failed assertion: ")); // expect: true
  }
}
