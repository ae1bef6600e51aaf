println(typeof 1, typeof 'a', typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof function(){}, typeof (() => 1), typeof Symbol(), typeof class {});
