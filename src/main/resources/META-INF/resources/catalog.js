// Copy buttons: copy the text of the element named by data-copy.
document.querySelectorAll('button.copy').forEach(function (button) {
  button.addEventListener('click', function () {
    var source = document.getElementById(button.dataset.copy);
    navigator.clipboard.writeText(source.textContent).then(function () {
      button.textContent = 'Copied';
      setTimeout(function () { button.textContent = 'Copy'; }, 1500);
    });
  });
});
