// Checks runtimeType of user objects and `is` along a class hierarchy.
class Vehicle {}

class Car extends Vehicle {}

class SportsCar extends Car {}

void main() {
  Vehicle v = SportsCar();
  print(v.runtimeType); // expect: SportsCar
  print(v is Car); // expect: true
  print(v is Vehicle); // expect: true
  print(v is Object); // expect: true
  print(Car() is SportsCar); // expect: false
  print(v.runtimeType == SportsCar); // expect: true
  print(v.runtimeType == Car); // expect: false
}
