String platform() => 'stub';
