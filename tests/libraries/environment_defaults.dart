// Without declarations fromEnvironment gives the defaults.
void main() {
  print(const String.fromEnvironment('NAME', defaultValue: 'nobody')); // expect: nobody
  print('[${const String.fromEnvironment('NAME')}]'); // expect: []
  print(const int.fromEnvironment('COUNT')); // expect: 0
  print(const int.fromEnvironment('COUNT', defaultValue: -1)); // expect: -1
  print(const bool.fromEnvironment('FLAG')); // expect: false
  print(const bool.fromEnvironment('FLAG', defaultValue: true)); // expect: true
  print(const bool.hasEnvironment('FLAG')); // expect: false
}
