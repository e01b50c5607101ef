// Checks that a parameter shadows a field and this.field reaches the field.
class Box {
  int value = 1;
  int show(int value) => value * 10 + this.value;
  void setValue(int value) {
    this.value = value;
  }
}

void main() {
  var b = Box();
  print(b.show(5)); // expect: 51
  b.setValue(7);
  print(b.value); // expect: 7
}
