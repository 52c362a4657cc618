// Browser scripts (inlined as constant strings). They rebuild server-sent VNodes with createElement and
// textContent only; attributes are allow-listed and links must be site-relative. No innerHTML, no eval.

const BUILD = `
function build(n){
  if(typeof n==='string')return document.createTextNode(n);
  var el=document.createElement(n.t),a=n.a||{};
  Object.keys(a).forEach(function(k){
    if(!/^(class|href|type|datetime|role|title|data-[a-z-]+|aria-[a-z-]+)$/.test(k))return;
    if(k==='href'&&!/^\\/(?!\\/)/.test(a[k]))return;
    el.setAttribute(k,a[k]);
  });
  (n.c||[]).forEach(function(c){el.appendChild(build(c));});
  return el;
}
function getJson(url,cb){fetch(url,{cache:'no-store'}).then(function(r){return r.ok?r.json():null;}).then(function(j){if(j)cb(j);}).catch(function(){});}
`;

/** Order detail: polls /api/order/:no every 1.5 s; replaces a live region only when its signature changed. */
export const DETAIL_SCRIPT = `${BUILD}
(function(){
  var main=document.querySelector('main.order-detail');if(!main)return;
  var no=main.getAttribute('data-order-no');
  function rowCell(label){
    var ths=main.querySelectorAll('table.order-info th');
    for(var i=0;i<ths.length;i++){if(ths[i].textContent===label)return ths[i].nextElementSibling;}
    return null;
  }
  function apply(j){
    var tag=main.querySelector('.status-tag');
    if(tag&&tag.textContent!==j.status){tag.textContent=j.status;tag.setAttribute('data-status',j.statusId);}
    var paid=rowCell('付款时间');if(paid&&paid.textContent!==j.paidAt)paid.textContent=j.paidAt;
    Object.keys(j.sig).forEach(function(name){
      var slot=main.querySelector('[data-live="'+name+'"]');
      if(!slot||slot.getAttribute('data-live-sig')===j.sig[name])return;
      while(slot.firstChild)slot.removeChild(slot.firstChild);
      j.view[name].forEach(function(n){slot.appendChild(build(n));});
      slot.setAttribute('data-live-sig',j.sig[name]);
    });
  }
  main.addEventListener('click',function(e){
    var b=e.target.closest&&e.target.closest('li.card-key button');if(!b)return;
    var code=b.parentNode.querySelector('code');
    if(navigator.clipboard)navigator.clipboard.writeText(code.textContent).catch(function(){});
    b.textContent='已复制';setTimeout(function(){b.textContent='复制';},1500);
  });
  setInterval(function(){getJson('/api/order/'+encodeURIComponent(no),apply);},1500);
})();`;

/** Chat: appends new messages by polling; sends with fetch (the form also works without JS). */
export const CHAT_SCRIPT = `${BUILD}
(function(){
  var thread=document.querySelector('section.chat-thread');if(!thread)return;
  var no=thread.getAttribute('data-order-no'),pane=thread.querySelector('.chat-pane')||thread;
  function lastId(){var a=thread.querySelectorAll('article[data-message-id]');return a.length?a[a.length-1].getAttribute('data-message-id'):'0';}
  function poll(){
    getJson('/api/order/'+encodeURIComponent(no)+'/messages?after='+lastId(),function(j){
      if(!j.items.length)return;
      var atBottom=pane.scrollHeight-pane.scrollTop-pane.clientHeight<40;
      j.items.forEach(function(it){if(!thread.querySelector('article[data-message-id="'+it.id+'"]'))pane.appendChild(build(it.node));});
      if(atBottom)pane.scrollTop=pane.scrollHeight;
    });
  }
  pane.scrollTop=pane.scrollHeight;
  var form=document.getElementById('chat-form');
  if(form)form.addEventListener('submit',function(e){
    e.preventDefault();var box=form.querySelector('textarea');var text=box.value.trim();if(!text)return;
    fetch('/api/order/'+encodeURIComponent(no)+'/messages',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({text:text})})
      .then(function(){box.value='';poll();setTimeout(function(){pane.scrollTop=pane.scrollHeight;},50);});
  });
  setInterval(poll,1500);
})();`;

/** Live character counter for textarea[data-counter] → element #<id>-count. */
export const COUNTER_SCRIPT = `
(function(){
  document.querySelectorAll('textarea[data-counter]').forEach(function(t){
    var out=document.getElementById(t.id+'-count'),min=Number(t.getAttribute('minlength')||0);
    function upd(){var n=t.value.length;out.textContent='已输入 '+n+' 字'+(n<min?'，还需 '+(min-n)+' 字':'');out.className=n<min?'counter short':'counter ok';}
    t.addEventListener('input',upd);upd();
  });
})();`;

/** acg-faka ticket thread: polls for new messages and the status text. */
export const TICKET_SCRIPT = `${BUILD}
(function(){
  var box=document.querySelector('.uc-ticket-messages');if(!box)return;
  var id=box.getAttribute('data-ticket-id');
  function lastId(){var a=box.querySelectorAll('article[data-message-id]');return a.length?a[a.length-1].getAttribute('data-message-id'):'0';}
  setInterval(function(){
    getJson('/acg/user/api/ticket/messages?id='+encodeURIComponent(id)+'&after='+lastId(),function(j){
      j.items.forEach(function(it){if(!box.querySelector('article[data-message-id="'+it.id+'"]'))box.appendChild(build(it.node));});
      var st=document.querySelector('.uc-ticket-status');if(st&&st.textContent!==j.statusText)st.textContent=j.statusText;
      var up=document.querySelector('.uc-ticket-updated');if(up&&up.textContent!==j.updatedAt)up.textContent=j.updatedAt;
    });
  },1500);
})();`;
