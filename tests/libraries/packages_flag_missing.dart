// A --packages file that cannot be read is an error naming it, before anything runs.
// flags: --packages=_support/no_such_config.json
// expect stderr: Error: Error when reading the package configuration '_support/no_such_config.json': No such file or directory
// expect exit: 254
void main() {
  print('unreachable');
}
