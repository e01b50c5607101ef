// Checks int.gcd and int.modPow, with large moduli that would overflow a naive product.
void main() {
  print(12.gcd(18)); // expect: 6
  print((-12).gcd(8)); // expect: 4
  print(0.gcd(0)); // expect: 0
  print(7.gcd(0)); // expect: 7
  print(4.modPow(13, 497)); // expect: 445
  print(12.modPow(0, 1)); // expect: 1
  print(2.modPow(100, 1000000007)); // expect: 976371285
  print((-3).modPow(3, 5)); // expect: 3
  print(123456789.modPow(987654321, 9223372036854775807)); // expect: 667468041555272658
  2.modPow(-1, 5); // expect runtime error: RangeError (exponent): Invalid value: Not greater than or equal to 0: -1
}
