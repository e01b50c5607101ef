// whereType<T>() needs reified type arguments, which Islet does not have yet: it throws rather
// than returning every element. (Dart prints (1, 2) here.)
void main() {
  [1, 'a', 2].whereType<int>();
}
// expect runtime error: Unsupported operation: whereType<T>() needs reified type arguments, which Islet lacks
