String platform() => 'io';
