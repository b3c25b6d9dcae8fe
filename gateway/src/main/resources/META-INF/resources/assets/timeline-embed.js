// Starts the TimelineJS viewer on the story this page carries, opening where the gateway worked out it should
// (the latest event that has begun, the weeks around it on screen); the viewer alone would open on the oldest years.
(function () {
  var data = JSON.parse(document.getElementById('timeline-document').textContent);
  var opening = JSON.parse(document.getElementById('timeline-opening').textContent);
  window.timeline = new TL.Timeline('timeline', data, opening);
})();
