function F() {} const B = F.bind(null); println(new F() instanceof B, new B() instanceof F, B.prototype);
