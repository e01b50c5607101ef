// --packages naming a directory is an error that says so (it was read as an empty file and
// reported as "not valid JSON").
// flags: --packages=/
// expect stderr: Error when reading the package configuration '/': Is a directory
// expect exit: 254
void main() {
  print('not reached');
}
