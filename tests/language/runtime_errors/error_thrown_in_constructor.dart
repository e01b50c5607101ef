// Checks an error thrown from a constructor body, after earlier output.
class Age {
  final int years;
  Age(this.years) {
    if (years < 0) throw RangeError('negative age $years');
  }
}

void main() {
  print(Age(30).years); // expect: 30
  Age(-1); // expect runtime error: RangeError: negative age -1
}
