// An IPv6 host needs its closing bracket: Dart's FormatException, pointing at the '['.
void main() {
  try {
    Uri.parse('http://[::1');
  } on FormatException catch (e) {
    print('${e.message} ${e.offset}'); // expect: Missing end `]` to match `[` in host 7
  }
  print(Uri.tryParse('http://u@[::1/x')); // expect: null
  print(Uri.parse('http://[::1]:8080/x').host); // expect: ::1
}
