// Checks that finally runs after normal completion and after a caught exception.
void main() {
  try {
    print('try'); // expect: try
  } finally {
    print('finally 1'); // expect: finally 1
  }
  try {
    throw 'e';
  } catch (e) {
    print('catch'); // expect: catch
  } finally {
    print('finally 2'); // expect: finally 2
  }
  print('end'); // expect: end
}
