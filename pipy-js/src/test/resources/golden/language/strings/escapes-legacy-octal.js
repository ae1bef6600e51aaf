println('\101', '\7'.charCodeAt(0), '\12'.charCodeAt(0), '\400'.length);
