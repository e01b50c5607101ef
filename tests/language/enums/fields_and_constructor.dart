// Enhanced enum: final fields set by a const constructor with this.x parameters.
enum Planet {
  mercury(3.303e+23, 2.4397e6),
  earth(5.976e+24, 6.37814e6);

  const Planet(this.mass, this.radius);
  final double mass;
  final double radius;
}

void main() {
  print(Planet.earth.mass);
  print(Planet.mercury.radius);
  print(Planet.earth);
  // expect: 5.976e+24
  // expect: 2439700.0
  // expect: Planet.earth
}
