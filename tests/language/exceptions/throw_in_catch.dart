// Checks that an exception thrown inside a catch block goes to the enclosing handler.
void main() {
  try {
    try {
      throw 'first';
    } catch (e) {
      print('handling $e'); // expect: handling first
      throw 'second';
    } finally {
      print('inner finally'); // expect: inner finally
    }
  } catch (e) {
    print('outer got $e'); // expect: outer got second
  }
}
