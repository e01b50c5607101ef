// Checks `is` on collection literals, functions and user classes.
class Animal {}

class Dog extends Animal {}

int twice(int x) => x * 2;

void main() {
  Object list = [1, 2];
  Object map = {'a': 1};
  Object aSet = {1, 2};
  Object f = twice;
  Object dog = Dog();
  print(list is List); // expect: true
  print(list is Map); // expect: false
  print(map is Map); // expect: true
  print(aSet is Set); // expect: true
  print(aSet is List); // expect: false
  print(f is Function); // expect: true
  print(f is int Function(int)); // expect: true
  print(dog is Dog); // expect: true
  print(dog is Animal); // expect: true
  print(Animal() is Dog); // expect: false
  print(list is Iterable); // expect: true
}
